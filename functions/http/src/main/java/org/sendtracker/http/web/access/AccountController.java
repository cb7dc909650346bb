package org.sendtracker.http.web.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Person;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.http.web.layout.PublicUrl;
import org.sendtracker.shared.Rejection;

/**
 * {@code /account}: who you are signed in as, what you may do, and your personal calendar address
 * (docs/security.md). The address's secret is kept only as a hash, so it is shown once, when made;
 * making a new one stops the old at once.
 */
@Controller("/account")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AccountController {

    private final AccessService access;
    private final Pages pages;
    private final PublicUrl publicUrl;

    AccountController(AccessService access, Pages pages, PublicUrl publicUrl) {
        this.access = access;
        this.pages = pages;
        this.publicUrl = publicUrl;
    }

    @Get
    MutableHttpResponse<?> account(HttpRequest<?> request) {
        return page(request, HttpStatus.OK, pages.caller(request).person(), null, null);
    }

    @Post("/calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> renewCalendar(HttpRequest<?> request, @Nullable @Body String body) {
        return pages.post(
                request,
                body,
                post -> {
                    Caller caller = post.caller();
                    access.remember(caller.person());
                    return access.renewFeed(caller.person().subject())
                            .fold(
                                    secret ->
                                            page(
                                                    request,
                                                    HttpStatus.OK,
                                                    caller.person(),
                                                    publicUrl.of(
                                                            "/feeds/" + secret + "/calendar.ics"),
                                                    null),
                                    // another press of the button (a double click) made one at
                                    // the same moment: its secret is kept only as a hash, so this
                                    // page cannot show it, and making yet another here would kill
                                    // the one the other page may be showing
                                    refused ->
                                            refused.kind() == Rejection.Kind.CONFLICT
                                                    ? page(
                                                            request,
                                                            HttpStatus.CONFLICT,
                                                            caller.person(),
                                                            null,
                                                            refused.message())
                                                    : pages.forbidden(request, refused));
                });
    }

    private MutableHttpResponse<?> page(
            HttpRequest<?> request,
            HttpStatus status,
            Person me,
            String newFeedUrl,
            String madeMeanwhile) {
        return Pages.render(
                status,
                "account",
                new AccessPages.AccountPage(
                        pages.layout(request, "Your account", false),
                        me.name(),
                        me.email(),
                        me.subject(),
                        me.access().describe(),
                        access.hasFeed(me.subject()),
                        newFeedUrl,
                        madeMeanwhile));
    }
}
