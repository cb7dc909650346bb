package org.sendtracker.http.improvement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import org.sendtracker.improvement.application.ImprovementService;

/**
 * {@code /api/inspections/{id}/measures…}: the measures of an inspection's improvement plan and
 * their values (docs/boards.md). Every write takes {@code If-Match} and {@code Idempotency-Key} as
 * the inspection's events do ({@link PlanWrites}).
 */
@Controller("/api/inspections/{id}")
@Consumes(MediaType.APPLICATION_JSON)
final class MeasuresApiController {

    private final ImprovementService plans;
    private final PlanWrites writes;

    MeasuresApiController(ImprovementService plans, PlanWrites writes) {
        this.plans = plans;
        this.writes = writes;
    }

    @Post("/measures")
    MutableHttpResponse<?> addMeasure(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return writes.write(request, id, body, ifMatch, key, r -> plans.addMeasure(id, r));
    }

    @Put("/measures/{measureId}")
    MutableHttpResponse<?> updateMeasure(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String measureId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return writes.write(
                request, id, body, ifMatch, key, r -> plans.updateMeasure(id, measureId, r));
    }

    @Post("/measures/{measureId}/values")
    MutableHttpResponse<?> recordValue(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String measureId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return writes.write(
                request, id, body, ifMatch, key, r -> plans.recordMeasureValue(id, measureId, r));
    }

    /** Takes the measure, with its values, off the plan (the timeline keeps what it was). */
    @Delete("/measures/{measureId}")
    @Consumes(MediaType.ALL)
    MutableHttpResponse<?> remove(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String measureId,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return writes.remove(request, id, ifMatch, key, r -> plans.removeMeasure(id, measureId, r));
    }
}
