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
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.layout.ErrorPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.reminders.application.UndeliveredEmails;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

import java.util.Optional;

/**
 * {@code POST /emails/dealt-with}: the dashboard's "Mark as dealt with" on an email that did not reach
 * anyone. Signed in only; back to the dashboard (with its area filter) on success.
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
        FormData data = FormData.parse(body);
        String areaId = data.first("areaId");
        String dashboard = AreaId.isValid(areaId) ? "/?areaId=" + areaId : "/";
        Optional<Actor> actor = pages.signedIn(request);
        if (actor.isEmpty()) {
            return Pages.seeOther(Pages.signInHref(dashboard));
        }
        Result<SentEmail> marked = undelivered.markDealtWith(data.first("inspectionId"), data.first("key"), actor.get());
        if (marked instanceof Result.Ok<SentEmail>) {
            return Pages.seeOther(dashboard + (dashboard.contains("?") ? "&" : "?") + "dealtWith=1");
        }
        Rejection rejection = ((Result.Refused<SentEmail>) marked).rejection();
        HttpStatus status = rejection instanceof Rejection.NotFound ? HttpStatus.NOT_FOUND
                : rejection instanceof Rejection.Invalid ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        String heading = "The email could not be marked as dealt with";
        return Pages.render(status, "layout/error", new ErrorPage(pages.layout(request, heading, false), heading, rejection.message() + "."));
    }
}
