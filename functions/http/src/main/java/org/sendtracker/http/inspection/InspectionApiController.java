package org.sendtracker.http.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.http.support.QueryOnce;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * {@code /api/inspections}: record inspections and read them (docs/domain-rules.md §3); what
 * happens to them is {@link InspectionEventsApiController}'s.
 */
@Controller("/api/inspections")
@Consumes(MediaType.APPLICATION_JSON)
final class InspectionApiController {

    private final InspectionService inspections;
    private final InspectionResponses responses;
    private final JsonBody json;
    private final Callers callers;

    InspectionApiController(
            InspectionService inspections,
            InspectionResponses responses,
            JsonBody json,
            Callers callers) {
        this.inspections = inspections;
        this.responses = responses;
        this.json = json;
        this.callers = callers;
    }

    /**
     * Recording an inspection is its area's editors' (an area the caller cannot read is answered as
     * unknown).
     */
    /**
     * Creates an inspection. With an {@code Idempotency-Key}, a retry of a creation that went
     * through (a timeout, a cold start) is answered with the inspection it recorded (200, {@code
     * Idempotent-Replayed}) when it was recorded exactly as asked; without one, or asked otherwise,
     * the clash is a 409 as before.
     */
    @Post
    MutableHttpResponse<?> create(
            HttpRequest<?> request,
            @Nullable @Body String body,
            @Nullable @Header("Idempotency-Key") String key) {
        return ApiResponses.write(
                callers.require(request),
                caller ->
                        ApiResponses.respond(
                                json.parse(body)
                                        .flatMap(
                                                input -> {
                                                    String area =
                                                            input.get("areaId")
                                                                            instanceof String text
                                                                    ? text
                                                                    : null;
                                                    return caller.toEdit(
                                                                    area,
                                                                    () ->
                                                                            InspectionService
                                                                                    .noSuchArea(
                                                                                            area))
                                                            .flatMap(
                                                                    actor ->
                                                                            created(
                                                                                    input, actor,
                                                                                    key));
                                                }),
                                created -> {
                                    Inspection inspection = created.value();
                                    return InspectionResponses.withVersion(
                                                    created.response(responses.view(inspection)),
                                                    inspection)
                                            .header(
                                                    HttpHeaders.LOCATION,
                                                    "/api/inspections/" + inspection.id().value());
                                }));
    }

    private Result<ApiResponses.Creation<Inspection>> created(
            Map<String, Object> input, Actor actor, String key) {
        return ApiResponses.createdOrReplayed(
                inspections.create(input, actor), key, () -> inspections.sameAs(input));
    }

    @Get("/{id}")
    MutableHttpResponse<?> get(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.require(request);
        return inspections
                .find(id)
                .filter(found -> caller.canRead(found.areaId().value()))
                .<MutableHttpResponse<?>>map(
                        found ->
                                InspectionResponses.withVersion(
                                        HttpResponse.ok(responses.view(found)), found))
                .orElseGet(() -> ApiResponses.refused(InspectionResponses.noSuchInspection(id)));
    }

    @Get
    MutableHttpResponse<?> inArea(HttpRequest<?> request) {
        Optional<Rejection> repeated = QueryOnce.repeated(request, List.of("areaId"));
        if (repeated.isPresent()) {
            return ApiResponses.refused(repeated.get());
        }
        String areaId = request.getParameters().get("areaId");
        if (areaId == null || areaId.isBlank()) {
            return ApiResponses.refused(
                    Rejection.Invalid.of("areaId", "Give the area, for example ?areaId=cumbria"));
        }
        if (!AreaId.isValid(areaId)) {
            // as GET /api/deadlines?areaId= answers it: a malformed id is a mistake in the query,
            // not an area that may exist
            return ApiResponses.refused(Rejection.Invalid.of("areaId", AreaId.NOT_AN_AREA_ID));
        }
        if (!callers.require(request).canRead(areaId)) {
            return ApiResponses.refused(
                    new Rejection.NotFound("There is no area '" + areaId + "'"));
        }
        return ApiResponses.respond(
                inspections.inArea(areaId),
                found ->
                        HttpResponse.ok(
                                found.stream()
                                        .map(i -> InspectionView.Summary.of(i, inspections.today()))
                                        .toList()));
    }
}
