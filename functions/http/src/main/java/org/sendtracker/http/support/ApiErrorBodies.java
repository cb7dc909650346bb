package org.sendtracker.http.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors the framework raises itself (unsupported media type, unknown route, method not allowed,
 * body too large) in the same shape as the API's own: {@code {"status", "error", "message"}}, the
 * last two in the API's words.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ApiErrorBodies implements JsonErrorResponseBodyProvider<Map<String, Object>> {

    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", response.code());
        body.put("error", response.reason());
        body.put("message", message(context, response));
        return body;
    }

    /**
     * In the API's words where the framework's are its own: a body over the limit is described as
     * {@link JsonBody} describes it on Lambda (where no server limits the body first), and a body
     * of a type the address does not take says which type to send.
     */
    private static String message(ErrorContext context, HttpResponse<?> response) {
        if (response.code() >= 500) {
            return "Something went wrong on our side. Try again; if it keeps happening, tell the"
                    + " service team.";
        }
        if (response.code() == 413) {
            // the server also answers 413 to a request line or headers too long to read, where
            // the body (if any) was never the problem
            return context.getRequest().getContentLength() > JsonBody.MAX_BYTES
                            || context.getRequest()
                                    .getHeaders()
                                    .contains(HttpHeaders.TRANSFER_ENCODING)
                    ? "The request body is larger than " + JsonBody.MAX_BYTES / 1024 + " KB"
                    : "The request's address or headers are too long";
        }
        if (response.code() == 415) {
            String given =
                    context.getRequest()
                            .getContentType()
                            .map(type -> "'" + type.getName() + "'")
                            .orElse("without a type");
            return "This address does not take a request body "
                    + (given.startsWith("'") ? "of type " : "")
                    + given
                    + ": send "
                    + (context.getRequest().getPath().startsWith("/api/")
                            ? "JSON (Content-Type: application/json)"
                            : "a form (Content-Type: application/x-www-form-urlencoded)");
        }
        return context.getErrors().stream()
                .map(Error::getMessage)
                .findFirst()
                .orElse(response.reason());
    }
}
