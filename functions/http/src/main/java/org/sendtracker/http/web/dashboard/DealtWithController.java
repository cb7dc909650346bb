package org.sendtracker.http.web.dashboard;

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
import org.sendtracker.area.model.AreaId;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.layout.ErrorPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.reminders.application.UndeliveredEmails;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * {@code POST /emails/dealt-with}: the dashboard's "Mark as dealt with" on an email that did not
 * reach anyone. Signed in only; back to the dashboard (with its area filter) on success.
 */
@Controller("/emails")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class DealtWithController {

    private final UndeliveredEmails undelivered;
    private final Pages pages;
    private final FormPosts forms;

    DealtWithController(UndeliveredEmails undelivered, Pages pages, FormPosts forms) {
        this.undelivered = undelivered;
        this.pages = pages;
        this.forms = forms;
    }

    @Post("/dealt-with")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> markDealtWith(HttpRequest<?> request, @Nullable @Body String body) {
        Result<FormPosts.Post> post = forms.read(request, body);
        if (post instanceof Result.Refused<FormPosts.Post> refused) {
            return pages.forbidden(request, refused.rejection().message());
        }
        FormData data = post.orElseThrow().data();
        String areaId = data.first("areaId");
        String dashboard = AreaId.isValid(areaId) ? "/?areaId=" + areaId : "/";
        String inspectionId = data.first("inspectionId");
        Result<SentEmail> marked =
                post.orElseThrow()
                        .caller()
                        .toEdit(
                                InspectionId.isValid(inspectionId)
                                        ? new InspectionId(inspectionId).areaId().value()
                                        : null,
                                () ->
                                        UndeliveredEmails.noSuchEmail(
                                                inspectionId, data.first("key")))
                        .flatMap(
                                actor ->
                                        undelivered.markDealtWith(
                                                inspectionId, data.first("key"), actor));
        if (marked instanceof Result.Ok<SentEmail>) {
            return Pages.seeOther(
                    dashboard + (dashboard.contains("?") ? "&" : "?") + "dealtWith=1");
        }
        Rejection rejection = ((Result.Refused<SentEmail>) marked).rejection();
        if (rejection instanceof Rejection.Forbidden forbidden) {
            return pages.forbidden(request, forbidden.message() + ".");
        }
        HttpStatus status =
                rejection instanceof Rejection.NotFound
                        ? HttpStatus.NOT_FOUND
                        : rejection instanceof Rejection.Invalid
                                ? HttpStatus.BAD_REQUEST
                                : HttpStatus.CONFLICT;
        String heading = "The email could not be marked as dealt with";
        return Pages.render(
                status,
                "layout/error",
                new ErrorPage(
                        pages.layout(request, heading, false), heading, rejection.message() + "."));
    }
}
