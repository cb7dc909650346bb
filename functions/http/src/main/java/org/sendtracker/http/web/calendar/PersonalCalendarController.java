package org.sendtracker.http.web.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Person;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.http.security.Caller;
import org.sendtracker.inspection.model.Inspection;

/** A person's own calendar feed, by the secret in its address (docs/security.md). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class PersonalCalendarController {

    private final AreaService areas;
    private final FeedInspections feed;
    private final CalendarResponses responses;
    private final AccessService access;

    PersonalCalendarController(
            AreaService areas,
            FeedInspections feed,
            CalendarResponses responses,
            AccessService access) {
        this.areas = areas;
        this.feed = feed;
        this.responses = responses;
        this.access = access;
    }

    /**
     * {@code /feeds/{secret}/calendar.ics}: a person's own feed, for calendar apps that cannot sign
     * in. The secret is the credential; the feed holds every area its owner may read now (each
     * area's open inspections and those closed in the last 12 months: {@link FeedInspections}), and
     * an unknown, renewed or revoked secret gets the same 404 as any unknown address. With {@code
     * ?area=} it holds that one area, for a reader of many areas whose whole feed is too large for
     * one answer (docs/performance.md, "Calendar feeds under Lambda's 6 MB limit"); an area its
     * owner may not read, or none, is a 404.
     */
    @Get("/feeds/{secret}/calendar.ics")
    MutableHttpResponse<?> personal(
            HttpRequest<?> request,
            @PathVariable String secret,
            @Nullable @QueryValue String area) {
        // resolve() reads the person once (and applies the first administrator); a feed only ever
        // belongs to a stored person (version > 0), as making one remembers them first.
        Optional<Person> owner =
                access.feedOwner(secret)
                        .map(subject -> access.resolve(subject, null, null))
                        .filter(p -> p.version() > 0);
        if (owner.isEmpty()) {
            return CalendarResponses.notFound("There is no such calendar");
        }
        List<DeadlineCalendar.Entry> entries = new ArrayList<>();
        List<InspectionDays.Day> days = new ArrayList<>();
        Map<AreaId, String> readable = new LinkedHashMap<>();
        for (Area a : Caller.readableAreas(owner.get().access(), areas)) {
            if (area == null || a.id().value().equals(area)) {
                readable.put(a.id(), a.name());
            }
        }
        if (area != null && readable.isEmpty()) {
            return CalendarResponses.notFound(
                    "There is no area '" + area + "' that this calendar's owner may read");
        }
        for (Inspection i : feed.of(readable.keySet())) {
            String areaName = readable.get(i.areaId());
            entries.addAll(responses.entries(i, areaName));
            days.addAll(InspectionDays.of(i, areaName));
        }
        if (area != null) {
            return responses.calendar(
                    request,
                    "SEND deadlines: " + owner.get().name() + ", " + readable.get(new AreaId(area)),
                    entries,
                    days,
                    "send-deadlines-" + area,
                    "One area's calendar is rarely this large: tell the service's administrators.");
        }
        return responses.calendar(
                request,
                "SEND deadlines: " + owner.get().name(),
                entries,
                days,
                "send-deadlines",
                "Subscribe to one area at a time instead: this address followed by ?area= and the"
                        + " area's id, the last part of its page's address (for example"
                        + " calendar.ics?area=cumbria).");
    }
}
