package org.sendtracker.http.support;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sendtracker.http.security.Caller;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Turns the domain's refusals into HTTP: Invalid → 400 with a message per field, Forbidden → 403,
 * NotFound → 404, NotAllowed → 409 naming the allowed events (an empty list when none are),
 * Conflict → 409, StaleVersion → 412. The body is always {@code {"status", "error", "message",
 * "errors"?, "allowed"?}}.
 */
public final class ApiResponses {

    /**
     * What a creation through the API answers: what was made, and whether an earlier request with
     * the same {@code Idempotency-Key} made it (README, "API").
     */
    public record Creation<T>(T value, boolean replayed) {

        /**
         * 201 with {@code body} for a new one; 200 with {@code Idempotent-Replayed} for a replay.
         */
        public <B> MutableHttpResponse<B> response(B body) {
            return replayed
                    ? HttpResponse.ok(body).header("Idempotent-Replayed", "true")
                    : HttpResponse.created(body);
        }
    }

    /**
     * {@code created}; or, when it clashed (409) with one on record and the caller sent an {@code
     * Idempotency-Key}, the one on record if it is {@code same} as asked: a retry of a creation
     * that went through (a timeout, a cold start). Without a key, or asked otherwise, the clash
     * stands.
     */
    public static <T> Result<Creation<T>> createdOrReplayed(
            Result<T> created, String key, Supplier<Optional<T>> same) {
        if (key != null
                && created.refusal().filter(r -> r.kind() == Rejection.Kind.CONFLICT).isPresent()) {
            Optional<T> onRecord = same.get();
            if (onRecord.isPresent()) {
                return Result.ok(new Creation<>(onRecord.get(), true));
            }
        }
        return created.map(value -> new Creation<>(value, false));
    }

    private ApiResponses() {}

    public static <T> MutableHttpResponse<?> respond(
            Result<T> result, Function<T, MutableHttpResponse<?>> ok) {
        return result.fold(ok, ApiResponses::refused);
    }

    /** Each kind of refusal as its status; a new kind does not compile until it has one here. */
    public static MutableHttpResponse<?> refused(Rejection rejection) {
        return rejection.fold(TO_HTTP);
    }

    private static final Rejection.Cases<MutableHttpResponse<?>> TO_HTTP =
            new Rejection.Cases<>() {
                @Override
                public MutableHttpResponse<?> invalid(Rejection.Invalid invalid) {
                    return error(
                            HttpStatus.BAD_REQUEST,
                            invalid.message(),
                            Map.of("errors", fieldErrors(invalid.errors())));
                }

                @Override
                public MutableHttpResponse<?> forbidden(Rejection.Forbidden forbidden) {
                    return error(HttpStatus.FORBIDDEN, forbidden.message(), Map.of());
                }

                @Override
                public MutableHttpResponse<?> notFound(Rejection.NotFound notFound) {
                    return error(HttpStatus.NOT_FOUND, notFound.message(), Map.of());
                }

                @Override
                public MutableHttpResponse<?> conflict(Rejection.Conflict conflict) {
                    return error(HttpStatus.CONFLICT, conflict.message(), Map.of());
                }

                @Override
                public MutableHttpResponse<?> notAllowed(Rejection.NotAllowed notAllowed) {
                    return error(
                            HttpStatus.CONFLICT,
                            notAllowed.message(),
                            Map.of("allowed", notAllowed.allowed()));
                }

                @Override
                public MutableHttpResponse<?> staleVersion(Rejection.StaleVersion stale) {
                    return error(HttpStatus.PRECONDITION_FAILED, stale.message(), Map.of());
                }
            };

    /**
     * The API's writes take a bearer token only (docs/security.md): a browser's session cookie
     * never authorises one, so no other site's page can make a browser write through the API.
     */
    public static <T> MutableHttpResponse<?> write(
            Caller caller, Function<Caller, MutableHttpResponse<?>> write) {
        if (!caller.bearer()) {
            return error(
                            HttpStatus.UNAUTHORIZED,
                            "Writes through the API need a bearer token (Authorization: Bearer ...)",
                            Map.of())
                    .header("WWW-Authenticate", "Bearer realm=\"sendtracker\"");
        }
        return write.apply(caller);
    }

    public static MutableHttpResponse<?> error(
            HttpStatus status, String message, Map<String, ?> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.getCode());
        body.put("error", status.getReason());
        body.put("message", message);
        body.putAll(extra);
        return HttpResponse.status(status).body(body);
    }

    private static List<Map<String, String>> fieldErrors(List<FieldError> errors) {
        return errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message()))
                .toList();
    }
}
