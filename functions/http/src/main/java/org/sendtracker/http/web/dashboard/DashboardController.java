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
import java.util.List;
import java.util.Map;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.deadline.DueDeadlines;
import org.sendtracker.http.web.layout.Pages;

/**
 * {@code GET /}: the dashboard, filterable by area ({@code ?areaId=}) and look-ahead ({@code
 * ?weeks=}). Besides the deadlines it warns of what would let a reminder go nowhere: emails that
 * did not reach anyone, and roles the open deadlines need that an area has no contact for. The open
 * inspections are read in one query, from the open ones only (docs/performance.md, "Scale").
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class DashboardController {

    private final DueDeadlines due;
    private final AreaService areas;
    private final DashboardSections sections;
    private final Pages pages;

    DashboardController(
            DueDeadlines due, AreaService areas, DashboardSections sections, Pages pages) {
        this.due = due;
        this.areas = areas;
        this.sections = sections;
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
        String areaName = filter.areaId() == null ? null : areaNames.get(filter.areaId());
        DashboardSections.Open open = sections.open(all, filter, caller);
        return Pages.render(
                "dashboard",
                new DashboardPage(
                        pages.layout(request, "Deadlines", false),
                        format(found.today()),
                        DashboardSections.areaOptions(areaNames),
                        filter.areaId() == null ? "" : filter.areaId(),
                        areaName,
                        DashboardSections.weekOptions(),
                        filter.weeks(),
                        sections.undelivered(filter, areaNames, caller),
                        open.contactWarnings(),
                        found.overdue(),
                        found.upcoming(),
                        due.metLate(filter, areaNames).orElseThrow(),
                        open.rows(),
                        "/deadlines.csv" + filter.query(),
                        areaNames.isEmpty(),
                        dealtWith != null,
                        caller.access().editsAnything(),
                        caller.access().isAdministrator()));
    }
}
