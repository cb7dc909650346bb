package org.sendtracker.http.web.calendar;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.http.web.layout.PublicUrl;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;

/** How a calendar feed is answered: its entries, the {@code .ics} response, and a plain 404. */
@Singleton
final class CalendarResponses {

    private final InspectionService inspections;
    private final PublicUrl publicUrl;

    CalendarResponses(InspectionService inspections, PublicUrl publicUrl) {
        this.inspections = inspections;
        this.publicUrl = publicUrl;
    }

    List<DeadlineCalendar.Entry> entries(Inspection inspection, String areaName) {
        LocalDate today = inspections.today();
        return inspection.deadlines().stream()
                .map(
                        d ->
                                new DeadlineCalendar.Entry(
                                        DeadlineRow.of(
                                                inspection.areaId().value(),
                                                areaName,
                                                inspection.id().value(),
                                                inspection.stage(),
                                                d,
                                                today),
                                        inspection.version(),
                                        inspection.updatedAt()))
                .toList();
    }

    MutableHttpResponse<?> calendar(
            String name,
            List<DeadlineCalendar.Entry> entries,
            List<InspectionDays.Day> days,
            String fileName) {
        return HttpResponse.ok(DeadlineCalendar.render(name, entries, days, publicUrl.of("")))
                .contentType(CalendarController.TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".ics\"")
                .header("Cache-Control", "no-cache");
    }

    static MutableHttpResponse<?> notFound(String message) {
        return HttpResponse.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN_TYPE)
                .body(message);
    }
}
