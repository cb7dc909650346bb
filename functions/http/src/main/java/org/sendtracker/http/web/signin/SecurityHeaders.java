package org.sendtracker.http.web.signin;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.sendtracker.http.security.AuthSettings;
import org.sendtracker.http.security.SessionCookie;
import org.sendtracker.http.support.ApiResponses;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * On every response, whatever answered it: a Content-Security-Policy that allows no inline script
 * but GOV.UK Frontend's one documented line (by its hash), no framing, no MIME sniffing, referrers
 * kept on this site, and HSTS behind HTTPS. And before anything runs, a write whose {@code Origin}
 * is another site is refused: a cross-site page cannot post to the tracker, whatever its content
 * type (docs/security.md).
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class SecurityHeaders implements HttpServerFilter {

    /**
     * GOV.UK Frontend's inline snippet that marks the page as having JavaScript (layout/page.jte).
     */
    static final String GOVUK_INLINE_SCRIPT_HASH =
            "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";

    private final String policy;

    SecurityHeaders(AuthSettings auth) {
        this.policy =
                "default-src 'self'; script-src 'self' "
                        + GOVUK_INLINE_SCRIPT_HASH
                        + "; style-src 'self'; img-src 'self' data:; "
                        + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                        + "form-action 'self' "
                        + auth.providerOrigin();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(
            HttpRequest<?> request, ServerFilterChain chain) {
        Publisher<MutableHttpResponse<?>> response =
                isCrossSiteWrite(request)
                        ? Mono.just(
                                ApiResponses.error(
                                        HttpStatus.FORBIDDEN,
                                        "Requests from other sites are refused",
                                        Map.of()))
                        : chain.proceed(request);
        return Flux.from(response).map(r -> withHeaders(request, r));
    }

    private MutableHttpResponse<?> withHeaders(
            HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", policy);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        if (SessionCookie.isHttps(request)) {
            response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        return response;
    }

    /**
     * A write (not GET/HEAD/OPTIONS) whose Origin header names a host other than the one addressed.
     */
    static boolean isCrossSiteWrite(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return false;
        }
        Optional<String> origin = request.getHeaders().get("Origin", String.class);
        if (origin.isEmpty()) {
            return false;
        }
        if ("null".equals(origin.get())) {
            return true;
        }
        String host = request.getHeaders().get("Host", String.class).orElse("");
        try {
            URI uri = URI.create(origin.get());
            return uri.getRawAuthority() == null || !uri.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** Behind API Gateway the connection is HTTPS even though the function sees plain HTTP. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
