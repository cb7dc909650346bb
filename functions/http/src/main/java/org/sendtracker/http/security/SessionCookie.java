package org.sendtracker.http.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;

/**
 * The browser's session: the identity provider's signed ID token in an HttpOnly, SameSite=Lax
 * cookie (Secure behind HTTPS), read back by Micronaut Security's cookie token reader and verified
 * on every request like a bearer token; it lasts as long as the token does.
 */
public final class SessionCookie {

    public static final String NAME = "sendtracker_session";

    /** The sign-in in progress: state, PKCE verifier, nonce and where to go back to. */
    public static final String SIGN_IN = "sendtracker_signin";

    private SessionCookie() {}

    public static Cookie session(String token, Duration lifetime, HttpRequest<?> request) {
        return cookie(NAME, token, lifetime, request);
    }

    public static Cookie cookie(
            String name, String value, Duration lifetime, HttpRequest<?> request) {
        return Cookie.of(name, value)
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .path("/")
                .maxAge(lifetime)
                .secure(isHttps(request));
    }

    public static Cookie expired(String name, HttpRequest<?> request) {
        return cookie(name, "", Duration.ZERO, request);
    }

    /** Whether the browser reached us over HTTPS (directly, or through API Gateway / a proxy). */
    public static boolean isHttps(HttpRequest<?> request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
