package org.sendtracker.http.lambda;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.servlet.http.ServletHttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * On Lambda a form post's body reaches the form controllers as it was sent (docs/security.md,
 * "Forms on Lambda"). The API Gateway adapter parses a form body into fields itself, which the
 * controllers' {@code @Body String} cannot take (Netty hands them the raw text); the controllers
 * read the text themselves ({@code FormData}) to keep what the officer typed exactly, so here the
 * request's body is set back to the text, before the route's arguments are bound. Netty requests
 * pass untouched.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RawFormBodies {

    @RequestFilter
    void keepFormText(HttpRequest<?> request) {
        if (request instanceof ServletHttpRequest<?, ?> servlet
                && request instanceof MutableHttpRequest<?> mutable
                && request.getMethod() == HttpMethod.POST
                && request.getContentType()
                        .filter(MediaType.APPLICATION_FORM_URLENCODED_TYPE::matches)
                        .isPresent()) {
            try (InputStream body = servlet.getInputStream()) {
                mutable.body(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException emptyOrUnreadable) {
                // An empty body stays empty: the controller reads no fields and says which are
                // missing.
            }
        }
    }
}
