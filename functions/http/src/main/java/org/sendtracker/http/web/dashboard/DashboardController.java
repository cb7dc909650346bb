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
import java.util.Optional;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.http.web.deadline.DueDeadlines;
import org.sendtracker.http.web.layout.Pages;

/**
 * {@code GET /}: the dashboard, filterable by area ({@code ?areaId=}) and look-ahead ({@code
 * ?weeks=}). Besides the deadlines it warns of what would let a reminder go nowhere: emails that
 * did not reach anyone, and roles the open deadlines need that an area has no contact for. Its
 * lists are made from one read of the outstanding deadlines, and each shows its first rows with a
 * link to the whole list ({@code ?all=}, {@link DashboardList}) (docs/performance.md, "Scale").
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
            @Nullable @QueryValue String all,
            @Nullable @QueryValue String dealtWith) {
        Caller caller = pages.caller(request);
        List<Area> readable = caller.readableAreas(areas);
        Map<String, String> areaNames = DueDeadlines.namesOf(readable);
        DueDeadlines.Filter filter = DueDeadlines.Filter.of(areaId, weeks, areaNames);
        Optional<DashboardList> whole = DashboardList.of(all);
        // the overdue and upcoming lists read whole only when one of them is shown whole
        boolean deadlinesWhole =
                whole.equals(Optional.of(DashboardList.OVERDUE))
                        || whole.equals(Optional.of(DashboardList.UPCOMING));
        DueDeadlines.Found found =
                due.find(
                        filter,
                        areaNames,
                        deadlinesWhole ? Integer.MAX_VALUE : DashboardList.FIRST_ROWS);
        String areaName = filter.areaId() == null ? null : areaNames.get(filter.areaId());
        DashboardSections.Open open =
                sections.open(
                        readable,
                        filter,
                        caller,
                        found,
                        DashboardList.FIRST_ROWS,
                        whole.equals(Optional.of(DashboardList.INSPECTIONS)),
                        DashboardList.INSPECTIONS.allHref(filter),
                        DashboardList.INSPECTIONS.firstHref(filter));
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
                        shown(
                                open.contactWarnings(),
                                DashboardList.MISSING_CONTACTS,
                                whole,
                                filter),
                        shown(found.overdue(), DashboardList.OVERDUE, whole, filter),
                        shown(found.upcoming(), DashboardList.UPCOMING, whole, filter),
                        metLate(filter, areaNames, whole),
                        open.rows(),
                        "/deadlines.csv" + filter.query(),
                        areaNames.isEmpty(),
                        dealtWith != null,
                        caller.access().editsAnything(),
                        caller.access().isAdministrator(),
                        caller::canEdit));
    }

    /**
     * Met late, read only as far as the first rows and one more: more than that is said without
     * counting them, which would mean reading every deadline due in the weeks.
     */
    private Shown<DeadlineRow> metLate(
            DueDeadlines.Filter filter,
            Map<String, String> areaNames,
            Optional<DashboardList> whole) {
        if (whole.equals(Optional.of(DashboardList.MET_LATE))) {
            return shown(
                    due.metLate(filter, areaNames, Integer.MAX_VALUE),
                    DashboardList.MET_LATE,
                    whole,
                    filter);
        }
        List<DeadlineRow> first = due.metLate(filter, areaNames, DashboardList.FIRST_ROWS + 1);
        return first.size() > DashboardList.FIRST_ROWS
                ? new Shown<>(
                        first.subList(0, DashboardList.FIRST_ROWS),
                        Shown.UNKNOWN,
                        DashboardList.MET_LATE.allHref(filter),
                        null)
                : shown(first, DashboardList.MET_LATE, whole, filter);
    }

    /**
     * A list of deadlines as found: cut and counted already when counted from the areas' digests
     * (never when the list is shown whole), otherwise cut here.
     */
    private static Shown<DeadlineRow> shown(
            DueDeadlines.Listed listed,
            DashboardList list,
            Optional<DashboardList> whole,
            DueDeadlines.Filter filter) {
        if (listed.cut()) {
            return new Shown<>(listed.rows(), listed.count(), list.allHref(filter), null);
        }
        return shown(listed.rows(), list, whole, filter);
    }

    private static <T> Shown<T> shown(
            List<T> rows,
            DashboardList list,
            Optional<DashboardList> whole,
            DueDeadlines.Filter filter) {
        return Shown.of(
                rows,
                DashboardList.FIRST_ROWS,
                whole.equals(Optional.of(list)),
                list.allHref(filter),
                list.firstHref(filter));
    }
}
