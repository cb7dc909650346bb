package org.sendtracker.http.web.calendar;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.http.web.layout.PublicUrl;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.sendtracker.shared.Dates.format;

/** {@code /areas/{id}/calendar.ics} and {@code /inspections/{id}/calendar.ics}: deadlines to subscribe to. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.of("text/calendar; charset=utf-8");

    private final AreaService areas;
    private final InspectionService inspections;
    private final PublicUrl publicUrl;

    CalendarController(AreaService areas, InspectionService inspections, PublicUrl publicUrl) {
        this.areas = areas;
        this.inspections = inspections;
        this.publicUrl = publicUrl;
    }

    /** {@code @Produces}: a calendar client asking for {@code Accept: text/calendar} gets the feed, not 406. */
    @Get("/areas/{areaId}/calendar.ics")
    @Produces("text/calendar")
    MutableHttpResponse<?> area(@PathVariable String areaId) {
        Optional<Area> area = areas.find(areaId);
        if (area.isEmpty()) {
            return notFound("There is no area '" + areaId + "'");
        }
        List<DeadlineCalendar.Entry> entries = new ArrayList<>();
        inspections.inArea(areaId).orElseThrow().forEach(i -> entries.addAll(entries(i, area.get().name())));
        return calendar("SEND deadlines: " + area.get().name(), entries, areaId);
    }

    @Get("/inspections/{id}/calendar.ics")
    @Produces("text/calendar")
    MutableHttpResponse<?> inspection(@PathVariable String id) {
        Optional<Inspection> inspection = inspections.find(id);
        if (inspection.isEmpty()) {
            return notFound("There is no inspection '" + id + "'");
        }
        String areaName = areas.find(inspection.get().areaId().value()).map(Area::name).orElse(inspection.get().areaId().value());
        return calendar("SEND deadlines: " + areaName + ", inspection of " + format(inspection.get().startsOn()),
                entries(inspection.get(), areaName), id);
    }

    private List<DeadlineCalendar.Entry> entries(Inspection inspection, String areaName) {
        LocalDate today = inspections.today();
        return inspection.deadlines().stream()
                .map(d -> new DeadlineCalendar.Entry(DeadlineRow.of(inspection.areaId().value(), areaName, inspection.id().value(),
                        inspection.stage(), d, today), inspection.version(), inspection.updatedAt()))
                .toList();
    }

    private MutableHttpResponse<?> calendar(String name, List<DeadlineCalendar.Entry> entries, String fileName) {
        return HttpResponse.ok(DeadlineCalendar.render(name, entries, publicUrl.of("")))
                .contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".ics\"")
                .header("Cache-Control", "no-cache");
    }

    private static MutableHttpResponse<?> notFound(String message) {
        return HttpResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN_TYPE).body(message);
    }
}
