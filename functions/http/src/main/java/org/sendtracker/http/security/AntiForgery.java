package org.sendtracker.http.security;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Anti-forgery tokens for the forms (docs/security.md): each form carries a token that is an HMAC
 * of the session cookie. The cookie is HttpOnly and SameSite=Lax, so another site can neither read
 * it nor compute the token; a form posted without it, or with another session's, is refused. A
 * request authenticated by a bearer token needs none: a browser never attaches one by itself.
 */
@Singleton
public final class AntiForgery {

    public static final String FIELD = "csrf";

    /** The token the forms of this request's page carry; empty when there is no session cookie. */
    public String tokenFor(HttpRequest<?> request) {
        return session(request).map(AntiForgery::token).orElse("");
    }

    public boolean accepts(HttpRequest<?> request, Caller caller, String submitted) {
        if (caller.bearer()) {
            return true;
        }
        Optional<String> session = session(request);
        return session.isPresent()
                && submitted != null
                && MessageDigest.isEqual(
                        token(session.get()).getBytes(StandardCharsets.UTF_8),
                        submitted.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> session(HttpRequest<?> request) {
        return request.getCookies()
                .findCookie(SessionCookie.NAME)
                .map(c -> c.getValue())
                .filter(v -> !v.isBlank());
    }

    /** The token of the session whose cookie value is {@code session}. */
    public static String token(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(session.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            mac.doFinal("sendtracker-form".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
