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
 * {@code /inspections/{id}/entries/{seq}/change} and {@code …/withdraw}: the forms behind the
 * timeline's "Change" and "Withdraw" links (docs/corrections-plan.md), posting a {@code CORRECTION}
 * or a {@code WITHDRAWAL} ({@link CorrectionForm}, {@link CorrectionSubmission}). The two differ
 * only in the form's mode.
 */
@Controller("/inspections/{id}/entries/{seq}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class EntryCorrectionController {

    private static final boolean CHANGE = false;
    private static final boolean WITHDRAW = true;

    private final CorrectionForm forms;
    private final CorrectionSubmission submissions;
    private final Pages pages;

    EntryCorrectionController(CorrectionForm forms, CorrectionSubmission submissions, Pages pages) {
        this.forms = forms;
        this.submissions = submissions;
        this.pages = pages;
    }

    @Get("/change")
    MutableHttpResponse<?> change(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String seq) {
        return forms.form(request, id, seq, CHANGE);
    }

    @Post("/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> correct(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String seq,
            @Nullable @Body String body) {
        return submit(request, id, seq, body, CHANGE);
    }

    @Get("/withdraw")
    MutableHttpResponse<?> withdraw(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String seq) {
        return forms.form(request, id, seq, WITHDRAW);
    }

    @Post("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> withdrawn(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String seq,
            @Nullable @Body String body) {
        return submit(request, id, seq, body, WITHDRAW);
    }

    private MutableHttpResponse<?> submit(
            HttpRequest<?> request, String id, String seq, String body, boolean withdraw) {
        return pages.post(
                request, body, post -> submissions.submit(request, id, seq, post.data(), withdraw));
    }
}
