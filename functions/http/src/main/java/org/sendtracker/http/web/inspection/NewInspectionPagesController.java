package org.sendtracker.http.web.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Optional;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;

/**
 * {@code POST /inspections/new} and {@code POST /inspections}: record an inspection from the form
 * ({@link NewInspectionFormController}); a second submit of the same inspection goes to the one the
 * first recorded.
 */
@Controller("/inspections")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class NewInspectionPagesController {

    private final InspectionService inspections;
    private final InspectionViews views;
    private final Pages pages;

    NewInspectionPagesController(
            InspectionService inspections, InspectionViews views, Pages pages) {
        this.inspections = inspections;
        this.views = views;
        this.pages = pages;
    }

    /**
     * Recording an inspection: the form posts to its own address, so reloading a refused form's
     * page shows the form ({@code POST /inspections} is kept for forms rendered before).
     */
    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> createFromForm(HttpRequest<?> request, @Nullable @Body String body) {
        return create(request, body);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> create(HttpRequest<?> request, @Nullable @Body String body) {
        return pages.post(request, body, post -> create(request, post));
    }

    private MutableHttpResponse<?> create(HttpRequest<?> request, FormPosts.Post post) {
        FormSpec.Submission submission = InspectionViews.NEW_INSPECTION.read(post.data());
        String area = submission.input().get("areaId") instanceof String text ? text : null;
        return post.caller()
                .toEdit(area, () -> InspectionService.noSuchArea(area))
                .flatMap(actor -> inspections.create(submission.input(), actor))
                .fold(
                        created ->
                                Pages.seeOther(
                                        "/inspections/" + created.id().value() + "?created=true"),
                        rejection -> {
                            Optional<Inspection> same = inspections.sameAs(submission.input());
                            if (rejection.kind() == Rejection.Kind.CONFLICT && same.isPresent()) {
                                // Submitted twice (a double click, a retry): the first one
                                // recorded it.
                                return Pages.seeOther("/inspections/" + same.get().id().value());
                            }
                            List<FieldError> errors =
                                    rejection.kind() == Rejection.Kind.FORBIDDEN
                                            ? List.of(
                                                    new FieldError(
                                                            "areaId",
                                                            "You can see this area but cannot record its inspections"))
                                            : rejection.errors("startsOn");
                            return views.newInspection(
                                    request,
                                    HttpStatus.BAD_REQUEST,
                                    InspectionViews.NEW_INSPECTION.withErrors(
                                            submission, errors, null));
                        });
    }
}
