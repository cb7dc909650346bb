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
 * {@code /api/inspections/{id}/actions…}: the actions of an inspection's improvement plan
 * (docs/boards.md). Every write takes {@code If-Match} and {@code Idempotency-Key} as the
 * inspection's events do ({@link PlanWrites}).
 */
@Controller("/api/inspections/{id}")
@Consumes(MediaType.APPLICATION_JSON)
final class ActionsApiController {

    private final ImprovementService plans;
    private final PlanWrites writes;

    ActionsApiController(ImprovementService plans, PlanWrites writes) {
        this.plans = plans;
        this.writes = writes;
    }

    @Post("/actions")
    MutableHttpResponse<?> addAction(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return writes.write(request, id, body, ifMatch, key, r -> plans.addAction(id, r));
    }

    @Put("/actions/{actionId}")
    MutableHttpResponse<?> updateAction(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String actionId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return writes.write(
                request, id, body, ifMatch, key, r -> plans.updateAction(id, actionId, r));
    }

    /** Takes the action off the plan (the timeline keeps what it was). */
    @Delete("/actions/{actionId}")
    @Consumes(MediaType.ALL)
    MutableHttpResponse<?> remove(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String actionId,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return writes.remove(request, id, ifMatch, key, r -> plans.removeAction(id, actionId, r));
    }
}
