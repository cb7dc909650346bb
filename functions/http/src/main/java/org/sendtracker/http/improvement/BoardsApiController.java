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
 * {@code /api/inspections/{id}/boards/…}: the boards of an inspection's improvement plan and the
 * reports presented to them (docs/boards.md). Every write takes {@code If-Match} and {@code
 * Idempotency-Key} as the inspection's events do ({@link PlanWrites}).
 */
@Controller("/api/inspections/{id}")
@Consumes(MediaType.APPLICATION_JSON)
final class BoardsApiController {

    private final ImprovementService plans;
    private final PlanWrites writes;

    BoardsApiController(ImprovementService plans, PlanWrites writes) {
        this.plans = plans;
        this.writes = writes;
    }

    @Put("/boards/{boardId}")
    MutableHttpResponse<?> saveBoard(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String boardId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return writes.write(request, id, body, ifMatch, key, r -> plans.saveBoard(id, boardId, r));
    }

    @Post("/boards/{boardId}/reports")
    MutableHttpResponse<?> presented(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String boardId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return writes.write(
                request, id, body, ifMatch, key, r -> plans.recordBoardReport(id, boardId, r));
    }

    /** Takes the board off the plan; its reports not yet presented are cancelled. */
    @Delete("/boards/{boardId}")
    @Consumes(MediaType.ALL)
    MutableHttpResponse<?> remove(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String boardId,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header("Idempotency-Key") String key) {
        return writes.remove(request, id, ifMatch, key, r -> plans.removeBoard(id, boardId, r));
    }
}
