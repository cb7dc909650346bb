package org.sendtracker.http.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Set;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.UndeliveredEmails;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/** {@code POST /api/emails/dealt-with}: an undelivered email has been followed up. */
@Controller("/api/emails")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DealtWithApiController {

    private final UndeliveredEmails undelivered;
    private final JsonBody json;
    private final Callers callers;

    DealtWithApiController(UndeliveredEmails undelivered, JsonBody json, Callers callers) {
        this.undelivered = undelivered;
        this.json = json;
        this.callers = callers;
    }

    /**
     * {@code POST /api/emails/dealt-with} with {@code {"inspectionId", "key"}}: the email has been
     * followed up, so it leaves the list; 404 for no such email, 409 for one that was delivered or
     * is still sending. The answer is the email with its {@code dealtWith}; saying it again answers
     * the same.
     */
    @Post("/dealt-with")
    @Consumes(MediaType.APPLICATION_JSON)
    MutableHttpResponse<?> markDealtWith(HttpRequest<?> request, @Nullable @Body String body) {
        return ApiResponses.write(
                callers.require(request),
                caller ->
                        ApiResponses.respond(
                                json.parse(body)
                                        .flatMap(
                                                input -> {
                                                    FieldReader fields =
                                                            new FieldReader(input)
                                                                    .onlyFields(
                                                                            Set.of(
                                                                                    "inspectionId",
                                                                                    "key"));
                                                    if (fields.hasErrors()) {
                                                        return Result.refused(
                                                                new Rejection.Invalid(
                                                                        fields.errors()));
                                                    }
                                                    Object inspectionId = input.get("inspectionId");
                                                    Object key = input.get("key");
                                                    if (!(inspectionId instanceof String id)
                                                            || id.isBlank()
                                                            || !(key instanceof String k)
                                                            || k.isBlank()) {
                                                        return Result.refused(
                                                                Rejection.Invalid.of(
                                                                        inspectionId
                                                                                                instanceof
                                                                                                String
                                                                                                        given
                                                                                        && !given
                                                                                                .isBlank()
                                                                                ? "key"
                                                                                : "inspectionId",
                                                                        "Give the email's inspectionId and key, as GET /api/emails/undelivered lists them"));
                                                    }
                                                    return caller.toEdit(
                                                                    InspectionId.isValid(id)
                                                                            ? new InspectionId(id)
                                                                                    .areaId()
                                                                                    .value()
                                                                            : null,
                                                                    () ->
                                                                            UndeliveredEmails
                                                                                    .noSuchEmail(
                                                                                            id, k))
                                                            .flatMap(
                                                                    actor ->
                                                                            undelivered
                                                                                    .markDealtWith(
                                                                                            id, k,
                                                                                            actor));
                                                }),
                                HttpResponse::ok));
    }
}
