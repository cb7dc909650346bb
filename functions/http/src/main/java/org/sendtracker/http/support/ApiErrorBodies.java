package org.sendtracker.http.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors the framework raises itself (unsupported media type, unknown route, method not allowed,
 * body too large) in the same shape as the API's own: {@code {"status", "error", "message"}}.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ApiErrorBodies implements JsonErrorResponseBodyProvider<Map<String, Object>> {

    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", response.code());
        body.put("error", response.reason());
        body.put(
                "message",
                response.code() >= 500
                        ? "Something went wrong on our side. Try again; if it keeps happening, tell the service team."
                        : context.getErrors().stream()
                                .map(Error::getMessage)
                                .findFirst()
                                .orElse(response.reason()));
        return body;
    }
}
