package org.sendtracker.http.improvement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import java.util.Optional;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.http.support.Versions;
import org.sendtracker.improvement.application.Changed;
import org.sendtracker.improvement.application.ImprovementService;
import org.sendtracker.improvement.application.ImprovementService.Request;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * {@code /api/inspections/{id}/…}: an inspection's improvement plan (boards and their reports,
 * actions, measures and their values: docs/boards.md). Every write takes {@code If-Match} and
 * {@code Idempotency-Key} as the inspection's events do.
 */
@Controller("/api/inspections/{id}")
@Consumes(MediaType.APPLICATION_JSON)
final class ImprovementApiController {

    private final ImprovementService plans;
    private final InspectionService inspections;
    private final JsonBody json;
    private final Callers callers;

    ImprovementApiController(
            ImprovementService plans,
            InspectionService inspections,
            JsonBody json,
            Callers callers) {
        this.plans = plans;
        this.inspections = inspections;
        this.json = json;
        this.callers = callers;
    }

    @Get("/plan")
    MutableHttpResponse<?> get(HttpRequest<?> request, @PathVariable String id) {
        return inspections
                .find(id)
                .filter(found -> callers.require(request).canRead(found.areaId().value()))
                .<MutableHttpResponse<?>>map(found -> ok(HttpResponse.ok(), found))
                .orElseGet(() -> ApiResponses.refused(notFound(id)));
    }

    @Put("/boards/{boardId}")
    MutableHttpResponse<?> saveBoard(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String boardId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return write(request, id, body, ifMatch, key, r -> plans.saveBoard(id, boardId, r));
    }

    @Post("/boards/{boardId}/reports")
    MutableHttpResponse<?> presented(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String boardId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return write(request, id, body, ifMatch, key, r -> plans.recordBoardReport(id, boardId, r));
    }

    @Post("/actions")
    MutableHttpResponse<?> addAction(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return write(request, id, body, ifMatch, key, r -> plans.addAction(id, r));
    }

    @Put("/actions/{actionId}")
    MutableHttpResponse<?> updateAction(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String actionId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return write(request, id, body, ifMatch, key, r -> plans.updateAction(id, actionId, r));
    }

    @Post("/measures")
    MutableHttpResponse<?> addMeasure(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return write(request, id, body, ifMatch, key, r -> plans.addMeasure(id, r));
    }

    @Put("/measures/{measureId}")
    MutableHttpResponse<?> updateMeasure(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String measureId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return write(request, id, body, ifMatch, key, r -> plans.updateMeasure(id, measureId, r));
    }

    @Post("/measures/{measureId}/values")
    MutableHttpResponse<?> recordValue(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String measureId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return write(
                request, id, body, ifMatch, key, r -> plans.recordMeasureValue(id, measureId, r));
    }

    private interface Change {
        Result<Changed> apply(Request request);
    }

    /** Who may, which version, the body, then the change: each refusal answered as the API does. */
    private MutableHttpResponse<?> write(
            HttpRequest<?> request,
            String id,
            String body,
            String ifMatch,
            String key,
            Change change) {
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
                                                                                json.parse(body)
                                                                                        .map(
                                                                                                input ->
                                                                                                        new Request(
                                                                                                                input,
                                                                                                                version,
                                                                                                                Optional
                                                                                                                        .ofNullable(
                                                                                                                                key),
                                                                                                                actor))))
                                        .flatMap(change::apply),
                                this::changed));
    }

    private MutableHttpResponse<?> changed(Changed change) {
        Inspection inspection =
                inspections.find(change.plan().inspectionId().value()).orElseThrow();
        MutableHttpResponse<?> response =
                HttpResponse.status(change.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                        .body(PlanView.of(change.plan(), inspection, inspections.today()))
                        .header(HttpHeaders.ETAG, Versions.etag(change.plan().version()));
        if (change.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response;
    }

    private MutableHttpResponse<?> ok(MutableHttpResponse<?> response, Inspection inspection) {
        return response.body(
                        PlanView.of(
                                plans.plan(inspection.id().value()).orElseThrow(),
                                inspection,
                                inspections.today()))
                .header(HttpHeaders.ETAG, Versions.etag(inspection.version()));
    }

    private static Rejection notFound(String id) {
        return new Rejection.NotFound("There is no inspection '" + id + "'");
    }
}
