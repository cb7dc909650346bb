package org.sendtracker.http.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import java.util.Optional;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.http.support.Versions;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.InspectionId;

/**
 * {@code POST /api/inspections/{id}/events}: record what happens to an inspection
 * (docs/domain-rules.md §3), guarded by {@code If-Match} and made safe to retry by {@code
 * Idempotency-Key}.
 */
@Controller("/api/inspections")
@Consumes(MediaType.APPLICATION_JSON)
final class InspectionEventsApiController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final InspectionService inspections;
    private final InspectionResponses responses;
    private final JsonBody json;
    private final Callers callers;

    InspectionEventsApiController(
            InspectionService inspections,
            InspectionResponses responses,
            JsonBody json,
            Callers callers) {
        this.inspections = inspections;
        this.responses = responses;
        this.json = json;
        this.callers = callers;
    }

    @Post("/{id}/events")
    MutableHttpResponse<?> record(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey) {
        return ApiResponses.write(
                callers.require(request),
                caller ->
                        ApiResponses.respond(
                                caller.toEdit(
                                                InspectionId.isValid(id)
                                                        ? new InspectionId(id).areaId().value()
                                                        : null,
                                                () -> InspectionResponses.noSuchInspection(id))
                                        .flatMap(
                                                actor ->
                                                        Versions.ifMatch(ifMatch)
                                                                .flatMap(
                                                                        version ->
                                                                                json.parse(body)
                                                                                        .flatMap(
                                                                                                input ->
                                                                                                        inspections
                                                                                                                .record(
                                                                                                                        id,
                                                                                                                        input,
                                                                                                                        version,
                                                                                                                        Optional
                                                                                                                                .ofNullable(
                                                                                                                                        idempotencyKey),
                                                                                                                        actor)))),
                                responses::recorded));
    }
}
