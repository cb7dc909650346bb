package org.sendtracker.http.web.signin;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.sendtracker.http.web.layout.ErrorPage;
import org.sendtracker.http.web.layout.Pages;

/**
 * Sign-in through the identity provider (docs/security.md): {@code /sign-in} starts the
 * authorization-code flow with PKCE, {@code /sign-in/callback} finishes it and sets the session,
 * {@code /sign-out} ends it (at the provider too, where it has a logout endpoint).
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SignInController {

    private final SignInFlow flow;
    private final Pages pages;

    SignInController(SignInFlow flow, Pages pages) {
        this.flow = flow;
        this.pages = pages;
    }

    @Get("/sign-in")
    MutableHttpResponse<?> signIn(HttpRequest<?> request, @Nullable @QueryValue String returnTo) {
        return flow.start(request, returnTo);
    }

    @Get("/sign-in/callback")
    MutableHttpResponse<?> callback(
            HttpRequest<?> request,
            @Nullable @QueryValue String code,
            @Nullable @QueryValue String state,
            @Nullable @QueryValue String error) {
        return flow.finish(request, code, state, error)
                .orElseGet(
                        () -> {
                            String heading = "Sign-in could not be completed";
                            return Pages.render(
                                    HttpStatus.BAD_REQUEST,
                                    "layout/error",
                                    new ErrorPage(
                                            pages.layout(request, heading, false),
                                            heading,
                                            "The sign-in was interrupted or came from another window. Sign in again: it takes you back to the tracker."));
                        });
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> signOut(HttpRequest<?> request, @Nullable @Body String body) {
        return flow.signOut(request, body);
    }

    @Get("/signed-out")
    MutableHttpResponse<?> signedOut(HttpRequest<?> request) {
        String heading = "You have signed out";
        return Pages.render(
                HttpStatus.OK,
                "layout/signedOut",
                new ErrorPage(
                        pages.layout(request, heading, false),
                        heading,
                        "Sign in again to see and record inspections."));
    }
}
