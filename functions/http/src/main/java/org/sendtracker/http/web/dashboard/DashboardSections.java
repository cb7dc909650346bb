package org.sendtracker.http.web.dashboard;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.area.ContactWarnings;
import org.sendtracker.http.web.deadline.DueDeadlines;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.inspection.InspectionRow;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.reminders.application.UndeliveredEmails;

/**
 * The dashboard's sections besides the deadlines: the filter's choices, the open inspections with
 * the contacts their deadlines lack, and the emails that reached no one.
 */
@Singleton
final class DashboardSections {

    /** The open inspections, next deadline first, and the roles their areas have no contact for. */
    record Open(List<InspectionRow> rows, List<ContactWarnings.Warning> contactWarnings) {}

    private final InspectionService inspections;
    private final UndeliveredEmails undeliveredEmails;

    DashboardSections(InspectionService inspections, UndeliveredEmails undeliveredEmails) {
        this.inspections = inspections;
        this.undeliveredEmails = undeliveredEmails;
    }

    static List<Option> areaOptions(Map<String, String> areaNames) {
        List<Option> areaOptions = new ArrayList<>();
        areaOptions.add(Option.of("", "All areas"));
        areaNames.forEach((id, name) -> areaOptions.add(Option.of(id, name)));
        return areaOptions;
    }

    static List<Option> weekOptions() {
        return DueDeadlines.Filter.WEEKS.stream()
                .map(w -> Option.of(String.valueOf(w), "the next " + w + " weeks"))
                .toList();
    }

    Open open(List<Area> all, DueDeadlines.Filter filter, Caller caller) {
        List<InspectionRow> open = new ArrayList<>();
        List<ContactWarnings.Warning> contactWarnings = new ArrayList<>();
        // One query for every open inspection (not one per area of all it ever had).
        Map<AreaId, List<Inspection>> openByArea =
                inspections.open().stream().collect(Collectors.groupingBy(Inspection::areaId));
        for (Area area : all) {
            if (filter.areaId() == null || filter.areaId().equals(area.id().value())) {
                List<Inspection> its = openByArea.getOrDefault(area.id(), List.of());
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
        return new Open(open, contactWarnings);
    }

    /**
     * The emails of the last 30 days that failed, bounced, were rejected or were interrupted,
     * newest first, in the areas shown.
     */
    List<DashboardPage.UndeliveredRow> undelivered(
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
