package org.sendtracker.http.web.calendar;

import static org.sendtracker.shared.Dates.format;

import io.micronaut.http.HttpRequest;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Person;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.http.web.layout.PublicUrl;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;

/**
 * {@code /areas/{id}/calendar.ics} and {@code /inspections/{id}/calendar.ics}: deadlines to
 * subscribe to, with the inspections' days on site and expected reports.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.of("text/calendar; charset=utf-8");

    private final AreaService areas;
    private final InspectionService inspections;
    private final PublicUrl publicUrl;
    private final Callers callers;
    private final AccessService access;

    CalendarController(
            AreaService areas,
            InspectionService inspections,
            PublicUrl publicUrl,
            Callers callers,
            AccessService access) {
        this.areas = areas;
        this.inspections = inspections;
        this.publicUrl = publicUrl;
        this.callers = callers;
        this.access = access;
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
            return notFound("There is no area '" + areaId + "'");
        }
        List<DeadlineCalendar.Entry> entries = new ArrayList<>();
        List<InspectionDays.Day> days = new ArrayList<>();
        for (Inspection i : inspections.inArea(areaId).orElseThrow()) {
            entries.addAll(entries(i, area.get().name()));
            days.addAll(InspectionDays.of(i, area.get().name()));
        }
        return calendar("SEND deadlines: " + area.get().name(), entries, days, areaId);
    }

    @Get("/inspections/{id}/calendar.ics")
    @Produces("text/calendar")
    MutableHttpResponse<?> inspection(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.require(request);
        Optional<Inspection> inspection =
                inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
        if (inspection.isEmpty()) {
            return notFound("There is no inspection '" + id + "'");
        }
        String areaName =
                areas.find(inspection.get().areaId().value())
                        .map(Area::name)
                        .orElse(inspection.get().areaId().value());
        return calendar(
                "SEND deadlines: "
                        + areaName
                        + ", inspection of "
                        + format(inspection.get().startsOn()),
                entries(inspection.get(), areaName),
                InspectionDays.of(inspection.get(), areaName),
                id);
    }

    /**
     * {@code /feeds/{secret}/calendar.ics}: a person's own feed, for calendar apps that cannot sign
     * in. The secret is the credential; the feed holds every area its owner may read now, and an
     * unknown, renewed or revoked secret gets the same 404 as any unknown address.
     */
    @Get("/feeds/{secret}/calendar.ics")
    MutableHttpResponse<?> personal(@PathVariable String secret) {
        // resolve() reads the person once (and applies the first administrator); a feed only ever
        // belongs to a
        // stored person (version > 0), as making one remembers them first.
        Optional<Person> owner =
                access.feedOwner(secret)
                        .map(subject -> access.resolve(subject, null, null))
                        .filter(p -> p.version() > 0);
        if (owner.isEmpty()) {
            return notFound("There is no such calendar");
        }
        List<DeadlineCalendar.Entry> entries = new ArrayList<>();
        List<InspectionDays.Day> days = new ArrayList<>();
        for (Area area : areas.all()) {
            if (owner.get().access().canRead(area.id())) {
                for (Inspection i : inspections.inArea(area.id().value()).orElseThrow()) {
                    entries.addAll(entries(i, area.name()));
                    days.addAll(InspectionDays.of(i, area.name()));
                }
            }
        }
        return calendar("SEND deadlines: " + owner.get().name(), entries, days, "send-deadlines");
    }

    private List<DeadlineCalendar.Entry> entries(Inspection inspection, String areaName) {
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

    private MutableHttpResponse<?> calendar(
            String name,
            List<DeadlineCalendar.Entry> entries,
            List<InspectionDays.Day> days,
            String fileName) {
        return HttpResponse.ok(DeadlineCalendar.render(name, entries, days, publicUrl.of("")))
                .contentType(TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".ics\"")
                .header("Cache-Control", "no-cache");
    }

    private static MutableHttpResponse<?> notFound(String message) {
        return HttpResponse.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN_TYPE)
                .body(message);
    }
}
