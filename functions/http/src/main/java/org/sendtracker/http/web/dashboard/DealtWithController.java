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
import org.sendtracker.reminders.application.UndeliveredEmails;
import org.sendtracker.shared.Rejection;

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

    DealtWithController(UndeliveredEmails undelivered, Pages pages) {
        this.undelivered = undelivered;
        this.pages = pages;
    }

    @Post("/dealt-with")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> markDealtWith(HttpRequest<?> request, @Nullable @Body String body) {
        return pages.post(request, body, post -> markDealtWith(request, post));
    }

    private MutableHttpResponse<?> markDealtWith(HttpRequest<?> request, FormPosts.Post post) {
        FormData data = post.data();
        String areaId = data.first("areaId");
        String dashboard = AreaId.isValid(areaId) ? "/?areaId=" + areaId : "/";
        String inspectionId = data.first("inspectionId");
        String area =
                InspectionId.isValid(inspectionId)
                        ? new InspectionId(inspectionId).areaId().value()
                        : null;
        return post.caller()
                .toEdit(area, () -> UndeliveredEmails.noSuchEmail(inspectionId, data.first("key")))
                .flatMap(actor -> undelivered.markDealtWith(inspectionId, data.first("key"), actor))
                .fold(
                        marked ->
                                Pages.seeOther(
                                        dashboard
                                                + (dashboard.contains("?") ? "&" : "?")
                                                + "dealtWith=1"),
                        rejection -> refused(request, rejection));
    }

    private MutableHttpResponse<?> refused(HttpRequest<?> request, Rejection rejection) {
        HttpStatus status =
                switch (rejection.kind()) {
                    case FORBIDDEN -> HttpStatus.FORBIDDEN;
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case INVALID -> HttpStatus.BAD_REQUEST;
                    case CONFLICT, NOT_ALLOWED, STALE_VERSION -> HttpStatus.CONFLICT;
                };
        if (status == HttpStatus.FORBIDDEN) {
            return pages.forbidden(request, rejection);
        }
        String heading = "The email could not be marked as dealt with";
        return Pages.render(
                status,
                "layout/error",
                new ErrorPage(
                        pages.layout(request, heading, false), heading, rejection.message() + "."));
    }
}
