package org.sendtracker.http.web.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.inspection.InspectionPages.Submitted;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;

/**
 * {@code POST /inspections/{id}/events}: recording what happened to an inspection, through the same
 * application service, with the same input map, as the JSON API. The form carries the version it
 * was rendered from (a stale one is refused) and a fresh idempotency key (a double submit records
 * once). A step that would close the inspection is confirmed first ({@link ClosingConfirmation}).
 * Success redirects (POST-redirect-GET); a refusal shows the page again with the form as typed and
 * an error summary linking to each field in error.
 */
@Controller("/inspections/{id}/events")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class InspectionEventsController {

    private final InspectionService inspections;
    private final InspectionViews views;
    private final Pages pages;
    private final ClosingConfirmation closing;

    InspectionEventsController(
            InspectionService inspections,
            InspectionViews views,
            Pages pages,
            ClosingConfirmation closing) {
        this.inspections = inspections;
        this.views = views;
        this.pages = pages;
        this.closing = closing;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> record(
            HttpRequest<?> request, @PathVariable String id, @Nullable @Body String body) {
        return pages.post(request, body, post -> record(request, id, post));
    }

    private MutableHttpResponse<?> record(HttpRequest<?> request, String id, FormPosts.Post post) {
        Optional<Inspection> found =
                inspections.find(id).filter(i -> post.caller().canRead(i.areaId().value()));
        if (found.isEmpty()) {
            return views.notFound(request, id);
        }
        return post.caller()
                .toEdit(found.get().areaId().value(), () -> new Rejection.NotFound(id))
                .fold(
                        actor -> record(request, found.get(), post.data(), actor),
                        cannot -> pages.forbidden(request, cannot));
    }

    private MutableHttpResponse<?> record(
            HttpRequest<?> request, Inspection found, FormData data, Actor actor) {
        String id = found.id().value();
        Optional<EventType> type = EventType.parse(data.first("type"));
        if (type.isEmpty()) {
            return views.refusedOnPage(
                    request,
                    found,
                    "That form is not one this service knows: reload the page and try again");
        }
        EventForm form = EventForm.of(type.get(), found);
        FormSpec.Submission submission = form.spec().read(data);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", type.get().name());
        input.putAll(submission.input());
        Optional<MutableHttpResponse<?>> confirm =
                closing.ask(
                        request,
                        found,
                        input,
                        data,
                        "/inspections/" + id + "/events",
                        "Recording '"
                                + type.get().label()
                                + "' as entered closes this inspection.");
        if (confirm.isPresent()) {
            return confirm.get();
        }
        Optional<String> key = Optional.ofNullable(data.first("idempotencyKey"));
        return Versions.ifMatch(data.first("version"))
                .flatMap(expected -> inspections.record(id, input, expected, key, actor))
                .fold(
                        recorded ->
                                Pages.seeOther(
                                        "/inspections/"
                                                + id
                                                + "?recorded="
                                                + type.get().name()
                                                + "#main-content"),
                        rejection -> {
                            Inspection current = inspections.find(id).orElse(found);
                            return switch (rejection.kind()) {
                                case INVALID ->
                                        views.inspection(
                                                request,
                                                HttpStatus.BAD_REQUEST,
                                                current,
                                                Optional.of(
                                                        new Submitted(
                                                                type.get(),
                                                                form.spec()
                                                                        .withErrors(
                                                                                submission,
                                                                                rejection.errors(
                                                                                        "type"),
                                                                                current
                                                                                        .version()))),
                                                List.of(),
                                                null);
                                case STALE_VERSION ->
                                        views.stale(request, current, type.get(), submission);
                                case NOT_FOUND -> views.notFound(request, id);
                                case FORBIDDEN, CONFLICT, NOT_ALLOWED ->
                                        views.refusedOnPage(request, current, rejection.message());
                            };
                        });
    }
}
