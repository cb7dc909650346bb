package org.sendtracker.http.web.inspection;

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
import org.sendtracker.http.web.layout.Pages;

/**
 * {@code /inspections/{id}/entries/{seq}/change}: the form behind the timeline's "Change" link
 * (docs/corrections-plan.md), posting a {@code CORRECTION} ({@link CorrectionForm}, {@link
 * CorrectionSubmission}).
 */
@Controller("/inspections/{id}/entries/{seq}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ChangeEntryController {

    private final CorrectionForm forms;
    private final CorrectionSubmission submissions;
    private final Pages pages;

    ChangeEntryController(CorrectionForm forms, CorrectionSubmission submissions, Pages pages) {
        this.forms = forms;
        this.submissions = submissions;
        this.pages = pages;
    }

    @Get("/change")
    MutableHttpResponse<?> change(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String seq) {
        return forms.form(request, id, seq, false);
    }

    @Post("/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> correct(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String seq,
            @Nullable @Body String body) {
        return pages.post(
                request, body, post -> submissions.submit(request, id, seq, post.data(), false));
    }
}
