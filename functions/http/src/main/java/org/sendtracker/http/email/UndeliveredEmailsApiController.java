package org.sendtracker.http.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.reminders.application.UndeliveredEmails;
import org.sendtracker.shared.Rejection;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/emails/undelivered?areaId=}: the reminders and announcements of the last 30 days
 * that did not reach anyone (failed, or interrupted and so never sent twice), newest first: what the
 * dashboard warns of, for a council's own reporting.
 */
@Controller("/api/emails")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UndeliveredEmailsApiController {

    private final UndeliveredEmails undelivered;

    UndeliveredEmailsApiController(UndeliveredEmails undelivered) {
        this.undelivered = undelivered;
    }

    /** One email: {@code status} is FAILED (with {@code error}) or SENDING (interrupted, delivery not confirmed). */
    record UndeliveredView(String inspectionId, String areaId, String href, String status, Instant at, String subject,
                           List<String> to, List<String> cc, String error) {}

    @Get("/undelivered")
    MutableHttpResponse<?> undelivered(@Nullable @QueryValue String areaId) {
        if (areaId != null && !AreaId.isValid(areaId)) {
            return ApiResponses.refused(Rejection.Invalid.of("areaId",
                    "The area id must be 2 to 40 lower-case letters, digits or hyphens, for example cumbria"));
        }
        List<UndeliveredView> views = undelivered.recent().stream()
                .filter(entry -> areaId == null || entry.inspection().areaId().value().equals(areaId))
                .map(entry -> {
                    SentEmail email = entry.email();
                    String id = entry.inspection().value();
                    return new UndeliveredView(id, entry.inspection().areaId().value(), "/api/inspections/" + id,
                            email.status().name(), email.at(), email.subject(), email.to(), email.cc(), email.error());
                })
                .toList();
        return HttpResponse.ok(views);
    }
}
