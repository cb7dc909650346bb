package org.sendtracker.http.web.improvement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * The improvement plan's removal pages (docs/boards.md): {@code …/plan/boards/{boardId}/remove},
 * {@code …/actions/{actionId}/remove}, {@code …/measures/{measureId}/remove}, each asking "Are you
 * sure?" and posting to itself ({@link PlanRemoval}).
 */
@Controller("/inspections/{id}/plan")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PlanRemovalController {

    private final PlanRemoval removal;

    PlanRemovalController(PlanRemoval removal) {
        this.removal = removal;
    }

    @Get("/boards/{boardId}/remove")
    MutableHttpResponse<?> board(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String boardId) {
        return removal.show(request, id, Removable.BOARD, boardId);
    }

    @Post("/boards/{boardId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> removeBoard(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String boardId,
            @Nullable @Body String body) {
        return removal.submit(request, id, Removable.BOARD, boardId, body);
    }

    @Get("/actions/{actionId}/remove")
    MutableHttpResponse<?> action(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String actionId) {
        return removal.show(request, id, Removable.ACTION, actionId);
    }

    @Post("/actions/{actionId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> removeAction(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String actionId,
            @Nullable @Body String body) {
        return removal.submit(request, id, Removable.ACTION, actionId, body);
    }

    @Get("/measures/{measureId}/remove")
    MutableHttpResponse<?> measure(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String measureId) {
        return removal.show(request, id, Removable.MEASURE, measureId);
    }

    @Post("/measures/{measureId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> removeMeasure(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String measureId,
            @Nullable @Body String body) {
        return removal.submit(request, id, Removable.MEASURE, measureId, body);
    }
}
