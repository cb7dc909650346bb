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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import org.sendtracker.http.support.Actors;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormField;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.FieldError;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code /sign-in}: asks the officer's name and keeps it in the {@code sendtracker_actor} cookie, which
 * every form's POST needs (changes are recorded against it). Real sign-in will replace this page;
 * {@link Actors} is the one place that reads the cookie.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
final class SignInController {

    private static final FormSpec FORM = new FormSpec("sign-in", List.of(FormField.text("name", "your name")));
    private static final Duration KEEP_FOR = Duration.ofDays(30);

    private final Pages pages;

    SignInController(Pages pages) {
        this.pages = pages;
    }

    @Get("/sign-in")
    MutableHttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String returnTo) {
        String name = pages.signedIn(request).map(Actor::name).orElse("");
        return Pages.render("signIn", new SignInPage(pages.layout(request, "Sign in", false),
                FORM.fresh(Map.of("name", name), null), safeReturn(returnTo)));
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> signIn(HttpRequest<?> request, @Nullable @Body String body) {
        FormData data = FormData.parse(body);
        String name = data.first("name") == null ? "" : data.first("name").strip();
        String returnTo = safeReturn(data.first("returnTo"));
        String problem = name.isEmpty() ? "Enter your name"
                : !Actor.isValid(name) ? "Your name must be 1 to 120 letters, digits, spaces or . , ' @ ( ) _ + -" : null;
        if (problem != null) {
            FormState form = FORM.withErrors(FORM.read(data), List.of(new FieldError("name", problem)), null);
            return Pages.render(HttpStatus.BAD_REQUEST, "signIn", new SignInPage(pages.layout(request, "Sign in", true), form, returnTo));
        }
        Cookie cookie = Cookie.of(Actors.COOKIE, URLEncoder.encode(name, StandardCharsets.UTF_8))
                .httpOnly(true).sameSite(SameSite.Lax).path("/").maxAge(KEEP_FOR).secure(isHttps(request));
        return Pages.seeOther(returnTo).cookie(cookie);
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> signOut(HttpRequest<?> request) {
        Cookie expired = Cookie.of(Actors.COOKIE, "").httpOnly(true).sameSite(SameSite.Lax).path("/").maxAge(0)
                .secure(isHttps(request));
        return Pages.seeOther("/").cookie(expired);
    }

    /** Only a path on this site: never an open redirect to another. */
    static String safeReturn(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")) {
            return "/";
        }
        return returnTo;
    }

    /** Behind API Gateway the connection is HTTPS even though the function sees plain HTTP. */
    private static boolean isHttps(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
