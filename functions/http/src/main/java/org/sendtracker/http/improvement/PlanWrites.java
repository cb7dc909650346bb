package org.sendtracker.http.improvement;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.http.support.Versions;
import org.sendtracker.improvement.application.Changed;
import org.sendtracker.improvement.application.ImprovementService.Request;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Every write to an inspection's improvement plan ({@link BoardsApiController}, {@link
 * ActionsApiController}, {@link MeasuresApiController}): who may, which version ({@code If-Match}),
 * the body, then the change, with its {@code Idempotency-Key}; each refusal answered as the API
 * does, and the changed plan with its ETag.
 */
@Singleton
final class PlanWrites {

    /** One change to the plan, given the checked request. */
    interface Change {
        Result<Changed> apply(Request request);
    }

    private final InspectionService inspections;
    private final JsonBody json;
    private final Callers callers;

    PlanWrites(InspectionService inspections, JsonBody json, Callers callers) {
        this.inspections = inspections;
        this.json = json;
        this.callers = callers;
    }

    /** Who may, which version, the body, then the change: each refusal answered as the API does. */
    MutableHttpResponse<?> write(
            HttpRequest<?> request,
            String id,
            String body,
            String ifMatch,
            String key,
            Change change) {
        return apply(
                request,
                id,
                ifMatch,
                key,
                () -> json.parse(body),
                change,
                changed -> answer(changed, HttpStatus.CREATED));
    }

    /**
     * A removal ({@code DELETE}): who may, which version, then the change, with its {@code
     * Idempotency-Key}; no body is read. Answered {@code 200} with the plan as it is after.
     */
    MutableHttpResponse<?> remove(
            HttpRequest<?> request, String id, String ifMatch, String key, Change change) {
        return apply(
                request,
                id,
                ifMatch,
                key,
                () -> Result.ok(Map.of()),
                change,
                removed -> answer(removed, HttpStatus.OK));
    }

    private MutableHttpResponse<?> apply(
            HttpRequest<?> request,
            String id,
            String ifMatch,
            String key,
            Supplier<Result<Map<String, Object>>> input,
            Change change,
            Function<Changed, MutableHttpResponse<?>> answered) {
        String area = InspectionId.isValid(id) ? new InspectionId(id).areaId().value() : null;
        return ApiResponses.write(
                callers.require(request),
                caller ->
                        ApiResponses.respond(
                                caller.toEdit(area, () -> notFound(id))
                                        .flatMap(
                                                actor ->
                                                        Versions.ifMatch(ifMatch)
                                                                .flatMap(
                                                                        version ->
                                                                                input.get()
                                                                                        .map(
                                                                                                given ->
                                                                                                        new Request(
                                                                                                                given,
                                                                                                                version,
                                                                                                                Optional
                                                                                                                        .ofNullable(
                                                                                                                                key),
                                                                                                                actor))))
                                        .flatMap(change::apply),
                                answered));
    }

    private MutableHttpResponse<?> answer(Changed change, HttpStatus status) {
        Inspection inspection =
                inspections.find(change.plan().inspectionId().value()).orElseThrow();
        MutableHttpResponse<?> response =
                HttpResponse.status(
                                change.replayed() || change.isUnchanged() ? HttpStatus.OK : status)
                        .body(PlanView.of(change.plan(), inspection, inspections.today()))
                        .header(HttpHeaders.ETAG, Versions.etag(change.plan().version()));
        if (change.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response;
    }

    static Rejection notFound(String id) {
        return new Rejection.NotFound("There is no inspection '" + id + "'");
    }
}
