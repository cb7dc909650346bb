package org.sendtracker.http.web.calendar;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.http.support.AcceptEncoding;
import org.sendtracker.http.support.LargeAnswer;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.http.web.layout.PublicUrl;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a calendar feed is answered: its entries, the {@code .ics} response, and a plain 404. The
 * feed goes through {@link LargeAnswer}: gzipped for a client that accepts it, and refused in a few
 * words, never sent to become a 502, when it would not fit in one Lambda answer even gzipped
 * (docs/performance.md, "Calendar feeds under Lambda's 6 MB limit").
 */
@Singleton
final class CalendarResponses {

    /** The refusal's type; a feed's own is {@link CalendarController#TEXT_CALENDAR}. */
    static final MediaType TEXT_PLAIN = MediaType.of("text/plain; charset=utf-8");

    private static final Logger LOG = LoggerFactory.getLogger(CalendarResponses.class);

    private final InspectionService inspections;
    private final PublicUrl publicUrl;
    private final LargeAnswer answer;
    private final WorkingDayCalendar calendar;

    CalendarResponses(
            InspectionService inspections,
            PublicUrl publicUrl,
            LargeAnswer answer,
            WorkingDayCalendar calendar) {
        this.inspections = inspections;
        this.calendar = calendar;
        this.publicUrl = publicUrl;
        this.answer = answer;
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
                                                today,
                                                calendar),
                                        inspection.version(),
                                        inspection.updatedAt()))
                .toList();
    }

    /**
     * The feed named {@code name}, as the file {@code fileName}.ics, for {@code request}'s {@code
     * Accept-Encoding}; if it is too large even gzipped, a 400 whose text says so and then {@code
     * instead}, what to subscribe to.
     */
    MutableHttpResponse<?> calendar(
            HttpRequest<?> request,
            String name,
            List<DeadlineCalendar.Entry> entries,
            List<InspectionDays.Day> days,
            String fileName,
            String instead) {
        byte[] feed =
                DeadlineCalendar.render(name, entries, days, publicUrl.of(""))
                        .getBytes(StandardCharsets.UTF_8);
        LargeAnswer.Body body =
                answer.of(
                        feed,
                        AcceptEncoding.of(
                                request.getHeaders().getAll(HttpHeaders.ACCEPT_ENCODING)));
        if (body instanceof LargeAnswer.TooLarge tooLarge) {
            return tooLarge(tooLarge, instead);
        }
        return ((LargeAnswer.Fits) body)
                .response()
                .contentType(CalendarController.TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + fileName + ".ics\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    /**
     * A feed too large for one answer: 400 (as the CSV's refusal: 413 is for a request's content,
     * and a GET has none), a few words of plain text for whoever opens the address, and no feed: a
     * calendar app keeps the events it has. Logged, without the address (a personal feed's holds
     * its secret), so the operators can see a feed that stopped.
     */
    private static MutableHttpResponse<?> tooLarge(LargeAnswer.TooLarge tooLarge, String instead) {
        LOG.warn(
                "A calendar feed was refused: {} bytes, {} gzipped, over the {} bytes one answer"
                        + " can carry (gzip accepted: {})",
                tooLarge.plainBytes(),
                tooLarge.gzippedBytes(),
                tooLarge.maxFileBytes(),
                tooLarge.gzipAccepted());
        return HttpResponse.status(HttpStatus.BAD_REQUEST)
                .contentType(TEXT_PLAIN)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .body(tooLarge.sizes("This calendar") + instead);
    }

    static MutableHttpResponse<?> notFound(String message) {
        return HttpResponse.status(HttpStatus.NOT_FOUND)
                .contentType(MediaType.TEXT_PLAIN_TYPE)
                .body(message);
    }
}
