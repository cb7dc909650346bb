package org.sendtracker.http.web.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import java.util.Optional;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Rejection;

/**
 * {@code POST /inspections/{id}/events}: recording what happened to an inspection, through the same
 * application service, with the same input map, as the JSON API. The form carries the version it
 * was rendered from (a stale one is refused) and a fresh idempotency key (a double submit records
 * once). A step that would close the inspection is confirmed first ({@link ClosingConfirmation}).
 * Success redirects (POST-redirect-GET); a refusal shows the page again with the form as typed and
 * an error summary linking to each field in error ({@link EventSubmission}).
 */
@Controller("/inspections/{id}/events")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class InspectionEventsController {

    private final InspectionService inspections;
    private final InspectionViews views;
    private final Pages pages;
    private final EventSubmission submissions;

    InspectionEventsController(
            InspectionService inspections,
            InspectionViews views,
            Pages pages,
            EventSubmission submissions) {
        this.inspections = inspections;
        this.views = views;
        this.pages = pages;
        this.submissions = submissions;
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
                        actor -> submissions.record(request, found.get(), post.data(), actor),
                        cannot -> pages.forbidden(request, cannot));
    }
}
