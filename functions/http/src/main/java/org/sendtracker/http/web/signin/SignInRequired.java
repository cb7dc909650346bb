package org.sendtracker.http.web.signin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.http.web.layout.SafeReturnPath;

/**
 * What someone who is not signed in (no token, or one that failed any check: signature, issuer,
 * client, expiry, {@code token_use}) gets: a person in a browser is sent to sign in and brought
 * back to the page they were on; anything else (the API, a script, a calendar app) gets 401 saying
 * how to sign in, and nothing more: no detail of why a token was refused.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
final class SignInRequired
        implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return ApiResponses.error(
                    HttpStatus.FORBIDDEN, "You do not have access to this", Map.of());
        }
        if (wantsPage(request) && isFormPost(request)) {
            // Keep what was typed through the sign-in (docs/security.md, "A form posted after the
            // session ended"): 307 makes the browser post the same body to the keeping endpoint,
            // which writes nothing.
            return HttpResponse.temporaryRedirect(
                    URI.create(KeptAnswers.keepHref(pathAndQuery(request), returnPath(request))));
        }
        if (wantsPage(request)) {
            return Pages.seeOther(Pages.signInHref(returnPath(request)));
        }
        return ApiResponses.error(
                        HttpStatus.UNAUTHORIZED,
                        "Sign in first: send a bearer token from the identity provider (Authorization: Bearer ...)",
                        Map.of())
                .header("WWW-Authenticate", "Bearer realm=\"sendtracker\"");
    }

    /** A form of the service's pages posted (signing out, which has nothing to keep, aside). */
    static boolean isFormPost(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.POST
                && !request.getPath().equals("/sign-out")
                && request.getContentType()
                        .filter(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                        .isPresent();
    }

    /** A browser navigating to a page (not the API, not a feed fetched by an app). */
    static boolean wantsPage(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return false;
        }
        return request.getHeaders().accept().stream()
                .anyMatch(
                        type ->
                                type.matches(MediaType.TEXT_HTML_TYPE)
                                        && !type.getType().equals("*"));
    }

    /**
     * Where to come back to: the page itself for a GET; for a form posted after the session ended,
     * the page the form was on (its same-site {@code Referer}), else the dashboard.
     */
    static String returnPath(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return pathAndQuery(request);
        }
        return request.getHeaders()
                .get("Referer", String.class)
                .flatMap(SignInRequired::sameSitePath)
                .orElse("/");
    }

    private static String pathAndQuery(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return request.getPath() + (query == null ? "" : "?" + query);
    }

    private static Optional<String> sameSitePath(String referer) {
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            String query = uri.getRawQuery();
            return path == null || path.isEmpty()
                    ? Optional.empty()
                    : Optional.of(SafeReturnPath.of(path + (query == null ? "" : "?" + query)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
