package org.sendtracker.http.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.QueryOnce;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.reminders.application.UndeliveredEmails;
import org.sendtracker.shared.Rejection;

/**
 * {@code GET /api/emails/undelivered?areaId=}: the reminders and announcements of the last 30 days
 * that did not reach anyone (failed, or interrupted and so never sent twice), newest first: what
 * the dashboard warns of, for a council's own reporting. Marking one as dealt with is {@link
 * DealtWithApiController}'s.
 */
@Controller("/api/emails")
@ExecuteOn(TaskExecutors.BLOCKING)
final class UndeliveredEmailsApiController {

    private final UndeliveredEmails undelivered;
    private final Callers callers;

    UndeliveredEmailsApiController(UndeliveredEmails undelivered, Callers callers) {
        this.undelivered = undelivered;
        this.callers = callers;
    }

    /**
     * One email: {@code status} is FAILED, BOUNCED or REJECTED (with {@code error}) or SENDING
     * (interrupted, delivery not confirmed); {@code inspectionId} and {@code key} are what {@code
     * POST /api/emails/dealt-with} takes.
     */
    record UndeliveredView(
            String inspectionId,
            String key,
            String areaId,
            String href,
            String status,
            Instant at,
            String subject,
            List<String> to,
            List<String> cc,
            String error) {}

    @Get("/undelivered")
    MutableHttpResponse<?> undelivered(
            HttpRequest<?> request, @Nullable @QueryValue String areaId) {
        Caller caller = callers.require(request);
        Optional<Rejection> repeated = QueryOnce.repeated(request, List.of("areaId"));
        if (repeated.isPresent()) {
            return ApiResponses.refused(repeated.get());
        }
        if (areaId != null && !AreaId.isValid(areaId)) {
            return ApiResponses.refused(Rejection.Invalid.of("areaId", AreaId.NOT_AN_AREA_ID));
        }
        List<UndeliveredView> views =
                undelivered.recent().stream()
                        .filter(entry -> caller.canRead(entry.inspection().areaId().value()))
                        .filter(
                                entry ->
                                        areaId == null
                                                || entry.inspection()
                                                        .areaId()
                                                        .value()
                                                        .equals(areaId))
                        .map(
                                entry -> {
                                    SentEmail email = entry.email();
                                    String id = entry.inspection().value();
                                    return new UndeliveredView(
                                            id,
                                            email.key(),
                                            entry.inspection().areaId().value(),
                                            "/api/inspections/" + id,
                                            email.status().name(),
                                            email.at(),
                                            email.subject(),
                                            email.to(),
                                            email.cc(),
                                            email.error());
                                })
                        .toList();
        return HttpResponse.ok(views);
    }
}
