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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * The improvement plan's forms (docs/boards.md), each at its own address, which it posts to: add or
 * change a board, record a board's report as presented, add or change an action, add or change a
 * measure, record a measure's value, issue a progress report. Each is read and answered by {@link
 * PlanSubmission}; the pages are built by {@link PlanFormPages}.
 */
@Controller("/inspections/{id}/plan")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PlanFormsController {

    private final PlanSubmission forms;

    PlanFormsController(PlanSubmission forms) {
        this.forms = forms;
    }

    @Get("/boards/new")
    MutableHttpResponse<?> newBoard(HttpRequest<?> request, @PathVariable String id) {
        return forms.show(request, id, PlanForm.BOARD, null, null);
    }

    @Post("/boards/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> addBoard(
            HttpRequest<?> request, @PathVariable String id, @Nullable @Body String body) {
        return forms.submit(request, id, body, PlanForm.BOARD, null);
    }

    @Get("/boards/{boardId}")
    MutableHttpResponse<?> board(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String boardId) {
        return forms.show(request, id, PlanForm.BOARD, boardId, null);
    }

    @Post("/boards/{boardId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> changeBoard(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String boardId,
            @Nullable @Body String body) {
        return forms.submit(request, id, body, PlanForm.BOARD, boardId);
    }

    @Get("/boards/{boardId}/reports")
    MutableHttpResponse<?> report(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String boardId) {
        return forms.show(request, id, PlanForm.PRESENTED, boardId, null);
    }

    @Post("/boards/{boardId}/reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> presented(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String boardId,
            @Nullable @Body String body) {
        return forms.submit(request, id, body, PlanForm.PRESENTED, boardId);
    }

    @Get("/actions/new")
    MutableHttpResponse<?> newAction(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @QueryValue String weakness) {
        return forms.show(request, id, PlanForm.ACTION, null, weakness);
    }

    @Post("/actions/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> addAction(
            HttpRequest<?> request, @PathVariable String id, @Nullable @Body String body) {
        return forms.submit(request, id, body, PlanForm.ACTION, null);
    }

    @Get("/actions/{actionId}")
    MutableHttpResponse<?> action(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String actionId) {
        return forms.show(request, id, PlanForm.ACTION, actionId, null);
    }

    @Post("/actions/{actionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> changeAction(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String actionId,
            @Nullable @Body String body) {
        return forms.submit(request, id, body, PlanForm.ACTION, actionId);
    }

    @Get("/measures/new")
    MutableHttpResponse<?> newMeasure(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @QueryValue String weakness) {
        return forms.show(request, id, PlanForm.MEASURE, null, weakness);
    }

    @Post("/measures/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> addMeasure(
            HttpRequest<?> request, @PathVariable String id, @Nullable @Body String body) {
        return forms.submit(request, id, body, PlanForm.MEASURE, null);
    }

    @Get("/measures/{measureId}")
    MutableHttpResponse<?> measure(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String measureId) {
        return forms.show(request, id, PlanForm.MEASURE, measureId, null);
    }

    @Post("/measures/{measureId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> changeMeasure(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String measureId,
            @Nullable @Body String body) {
        return forms.submit(request, id, body, PlanForm.MEASURE, measureId);
    }

    @Get("/measures/{measureId}/values")
    MutableHttpResponse<?> value(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String measureId) {
        return forms.show(request, id, PlanForm.VALUE, measureId, null);
    }

    @Post("/measures/{measureId}/values")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> recordValue(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String measureId,
            @Nullable @Body String body) {
        return forms.submit(request, id, body, PlanForm.VALUE, measureId);
    }

    @Get("/issue")
    MutableHttpResponse<?> issueForm(HttpRequest<?> request, @PathVariable String id) {
        return forms.show(request, id, PlanForm.ISSUE, null, null);
    }

    @Post("/issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> issue(
            HttpRequest<?> request, @PathVariable String id, @Nullable @Body String body) {
        return forms.submit(request, id, body, PlanForm.ISSUE, null);
    }
}
