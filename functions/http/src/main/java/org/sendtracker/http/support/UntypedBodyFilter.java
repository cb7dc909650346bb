package org.sendtracker.http.support;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.web.router.RouteAttributes;

/**
 * The API takes writes only as {@code application/json} (docs/security.md). The framework refuses a
 * body of another type (415) but lets one with no {@code Content-Type} at all through to a route
 * that consumes JSON; this refuses it the same way. A write without a body (a removal) needs no
 * type, and routes that take any body (removals) are left as they are; pages' form posts are not
 * under {@code /api/} and keep their own rules.
 */
@ServerFilter("/api/**")
final class UntypedBodyFilter {

    @RequestFilter
    void refuseUntypedBodies(HttpRequest<?> request) {
        if (request.getContentType().isEmpty()
                && hasBody(request)
                && RouteAttributes.getRouteInfo(request)
                        .filter(route -> !route.consumesAll())
                        .filter(route -> route.doesConsume(MediaType.APPLICATION_JSON_TYPE))
                        .isPresent()) {
            throw new HttpStatusException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The request body has no Content-Type");
        }
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0
                || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
