package org.sendtracker.http.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.uri.QueryStringDecoder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.shared.FieldReader;

/**
 * Refuses, before any controller sees it, a request whose address holds a control or text direction
 * character (docs/design.md, "Input"): in the path (ids) or in a query parameter's name or value
 * ({@code ?areaId=}, {@code ?weeks=}). Bodies are checked field by field by the domain's {@code
 * FieldReader}; this is the same rule for what arrives in the address, where a controller would
 * otherwise quote it back in a "there is no area" message or pass it on to a query. The answer is a
 * 400 naming the parameter, as JSON or as the service's error page, whichever the caller asked for.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class UnsafeAddressFilter {

    @RequestFilter
    void refuseUnsafeCharacters(HttpRequest<?> request) {
        problem(request)
                .ifPresent(
                        message -> {
                            throw new HttpStatusException(HttpStatus.BAD_REQUEST, message);
                        });
    }

    static Optional<String> problem(HttpRequest<?> request) {
        Optional<String> path =
                FieldReader.unsafe(decoded(request.getPath()), "The address", false);
        if (path.isPresent()) {
            return path;
        }
        Map<String, List<String>> parameters;
        try {
            parameters = queryParameters(request);
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            // an escape that is not UTF-8 (%FF, a lone %C3): Netty's decoder gives up on it
            return Optional.of(
                    "The address's query cannot be read: a % must begin the escape of a UTF-8"
                            + " character (%C3%A9 is é)");
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            Optional<String> name =
                    FieldReader.unsafe(parameter.getKey(), "A query parameter's name", false);
            if (name.isPresent()) {
                return name;
            }
            for (String value : parameter.getValue()) {
                Optional<String> problem =
                        FieldReader.unsafe(
                                value, "The query parameter '" + parameter.getKey() + "'", false);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The query's parameters, read from the address itself: on Lambda the request's parameters also
     * hold a form post's fields, and reading them there consumed the body before the form's
     * controller could (docs/security.md, "Forms on Lambda"). A form's fields are checked by the
     * domain's {@code FieldReader}, which allows a note's line breaks.
     */
    private static Map<String, List<String>> queryParameters(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return query == null || query.isEmpty()
                ? Map.of()
                : new QueryStringDecoder(query, false).parameters();
    }

    /**
     * The path as the controllers get its variables: percent-escapes decoded ({@code %0A} is a line
     * break).
     */
    private static String decoded(String rawPath) {
        try {
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return rawPath;
        }
    }
}
