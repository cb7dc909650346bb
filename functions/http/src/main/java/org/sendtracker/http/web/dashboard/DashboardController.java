package org.sendtracker.http.web.dashboard;

import static org.sendtracker.shared.Dates.format;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.area.ContactWarnings;
import org.sendtracker.http.web.deadline.DueDeadlines;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.inspection.InspectionRow;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.reminders.application.UndeliveredEmails;

/**
 * {@code GET /}: the dashboard, filterable by area ({@code ?areaId=}) and look-ahead ({@code
 * ?weeks=}). Besides the deadlines it warns of what would let a reminder go nowhere: emails that
 * did not reach anyone, and roles the open deadlines need that an area has no contact for.
 * Inspections are read one query per area, by the area index.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class DashboardController {

    private final DueDeadlines due;
    private final AreaService areas;
    private final InspectionService inspections;
    private final UndeliveredEmails undeliveredEmails;
    private final Pages pages;

    DashboardController(
            DueDeadlines due,
            AreaService areas,
            InspectionService inspections,
            UndeliveredEmails undeliveredEmails,
            Pages pages) {
        this.due = due;
        this.areas = areas;
        this.inspections = inspections;
        this.undeliveredEmails = undeliveredEmails;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<?> dashboard(
            HttpRequest<?> request,
            @Nullable @QueryValue String areaId,
            @Nullable @QueryValue String weeks,
            @Nullable @QueryValue String dealtWith) {
        Caller caller = pages.caller(request);
        List<Area> all = areas.all().stream().filter(a -> caller.canRead(a.id().value())).toList();
        Map<String, String> areaNames = DueDeadlines.namesOf(all);
        DueDeadlines.Filter filter = DueDeadlines.Filter.of(areaId, weeks, areaNames);
        DueDeadlines.Found found = due.find(filter, areaNames).orElseThrow();
        List<Option> areaOptions = new ArrayList<>();
        areaOptions.add(Option.of("", "All areas"));
        areaNames.forEach((id, name) -> areaOptions.add(Option.of(id, name)));
        List<Option> weekOptions =
                DueDeadlines.Filter.WEEKS.stream()
                        .map(w -> Option.of(String.valueOf(w), "the next " + w + " weeks"))
                        .toList();
        String areaName = filter.areaId() == null ? null : areaNames.get(filter.areaId());
        List<InspectionRow> open = new ArrayList<>();
        List<ContactWarnings.Warning> contactWarnings = new ArrayList<>();
        for (Area area : all) {
            if (filter.areaId() == null || filter.areaId().equals(area.id().value())) {
                List<Inspection> its =
                        inspections.inArea(area.id().value()).orElseThrow().stream()
                                .filter(i -> i.stage() != Stage.CLOSED)
                                .toList();
                its.forEach(i -> open.add(InspectionRow.of(i, area.name(), inspections.today())));
                contactWarnings.addAll(
                        ContactWarnings.of(area, its, caller.canEdit(area.id().value())));
            }
        }
        open.sort(
                Comparator.comparing(
                        (InspectionRow row) ->
                                row.nextDeadline() == null
                                        ? LocalDate.MAX
                                        : row.nextDeadline().dueOn()));
        return Pages.render(
                "dashboard",
                new DashboardPage(
                        pages.layout(request, "Deadlines", false),
                        format(found.today()),
                        areaOptions,
                        filter.areaId() == null ? "" : filter.areaId(),
                        areaName,
                        weekOptions,
                        filter.weeks(),
                        undelivered(filter, areaNames, caller),
                        contactWarnings,
                        found.overdue(),
                        found.upcoming(),
                        open,
                        "/deadlines.csv" + filter.query(),
                        areaNames.isEmpty(),
                        dealtWith != null,
                        caller.access().editsAnything(),
                        caller.access().isAdministrator()));
    }

    /**
     * The emails of the last 30 days that failed, bounced, were rejected or were interrupted,
     * newest first, in the areas shown.
     */
    private List<DashboardPage.UndeliveredRow> undelivered(
            DueDeadlines.Filter filter, Map<String, String> areaNames, Caller caller) {
        List<DashboardPage.UndeliveredRow> rows = new ArrayList<>();
        for (NoticeLedger.Ledgered entry : undeliveredEmails.recent()) {
            String area = entry.inspection().areaId().value();
            if (!areaNames.containsKey(area)
                    || filter.areaId() != null && !filter.areaId().equals(area)) {
                continue;
            }
            SentEmail email = entry.email();
            String problem =
                    switch (email.status()) {
                        case FAILED ->
                                "Not sent on " + Pages.when(email.at()) + ": " + email.error();
                        case BOUNCED, REJECTED ->
                                "Not delivered: emailed on "
                                        + Pages.when(email.at())
                                        + ", "
                                        + email.error();
                        default ->
                                "Not confirmed: sending began on "
                                        + Pages.when(email.at())
                                        + " and was interrupted";
                    };
            rows.add(
                    new DashboardPage.UndeliveredRow(
                            areaNames.getOrDefault(area, area),
                            email.subject(),
                            problem,
                            "/inspections/" + entry.inspection().value() + "#timeline",
                            entry.inspection().value(),
                            email.key(),
                            caller.canEdit(area)));
        }
        return rows;
    }
}
