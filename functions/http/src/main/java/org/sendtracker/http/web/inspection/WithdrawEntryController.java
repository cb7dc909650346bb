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
 * {@code /inspections/{id}/entries/{seq}/withdraw}: the form behind the timeline's "Withdraw" link
 * (docs/corrections-plan.md), posting a {@code WITHDRAWAL} ({@link CorrectionForm}, {@link
 * CorrectionSubmission}).
 */
@Controller("/inspections/{id}/entries/{seq}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class WithdrawEntryController {

    private final CorrectionForm forms;
    private final CorrectionSubmission submissions;
    private final Pages pages;

    WithdrawEntryController(CorrectionForm forms, CorrectionSubmission submissions, Pages pages) {
        this.forms = forms;
        this.submissions = submissions;
        this.pages = pages;
    }

    @Get("/withdraw")
    MutableHttpResponse<?> withdraw(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String seq) {
        return forms.form(request, id, seq, true);
    }

    @Post("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> withdrawn(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String seq,
            @Nullable @Body String body) {
        return pages.post(
                request, body, post -> submissions.submit(request, id, seq, post.data(), true));
    }
}
