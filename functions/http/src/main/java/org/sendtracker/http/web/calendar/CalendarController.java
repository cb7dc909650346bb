package org.sendtracker.http.web.calendar;

import static org.sendtracker.shared.Dates.format;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;

/**
 * {@code /areas/{id}/calendar.ics} and {@code /inspections/{id}/calendar.ics}: deadlines to
 * subscribe to, with the inspections' days on site and expected reports. An area's feed holds its
 * open inspections and those closed in the last 12 months ({@link FeedInspections}); an
 * inspection's, that inspection whatever its age.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.of("text/calendar; charset=utf-8");

    private final AreaService areas;
    private final InspectionService inspections;
    private final CalendarResponses responses;
    private final Callers callers;
    private final FeedInspections feed;

    CalendarController(
            AreaService areas,
            InspectionService inspections,
            CalendarResponses responses,
            Callers callers,
            FeedInspections feed) {
        this.areas = areas;
        this.inspections = inspections;
        this.responses = responses;
        this.callers = callers;
        this.feed = feed;
    }

    /**
     * {@code @Produces}: a calendar client asking for {@code Accept: text/calendar} gets the feed,
     * not 406.
     */
    @Get("/areas/{areaId}/calendar.ics")
    @Produces("text/calendar")
    MutableHttpResponse<?> area(HttpRequest<?> request, @PathVariable String areaId) {
        Caller caller = callers.require(request);
        Optional<Area> area = areas.find(areaId).filter(a -> caller.canRead(a.id().value()));
        if (area.isEmpty()) {
            return CalendarResponses.notFound("There is no area '" + areaId + "'");
        }
        List<DeadlineCalendar.Entry> entries = new ArrayList<>();
        List<InspectionDays.Day> days = new ArrayList<>();
        for (Inspection i : feed.of(area.get().id())) {
            entries.addAll(responses.entries(i, area.get().name()));
            days.addAll(InspectionDays.of(i, area.get().name()));
        }
        return responses.calendar(
                request,
                "SEND deadlines: " + area.get().name(),
                entries,
                days,
                areaId,
                "Subscribe to its inspections' calendars instead: each inspection's page has its"
                        + " own.");
    }

    @Get("/inspections/{id}/calendar.ics")
    @Produces("text/calendar")
    MutableHttpResponse<?> inspection(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.require(request);
        Optional<Inspection> inspection =
                inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
        if (inspection.isEmpty()) {
            return CalendarResponses.notFound("There is no inspection '" + id + "'");
        }
        String areaName =
                areas.find(inspection.get().areaId().value())
                        .map(Area::name)
                        .orElse(inspection.get().areaId().value());
        return responses.calendar(
                request,
                "SEND deadlines: "
                        + areaName
                        + ", inspection of "
                        + format(inspection.get().startsOn()),
                responses.entries(inspection.get(), areaName),
                InspectionDays.of(inspection.get(), areaName),
                id,
                "Its deadlines are on the inspection's page.");
    }
}
