package org.sendtracker.http.web.signin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.sendtracker.http.security.SessionCookie;
import org.sendtracker.http.web.layout.SafeReturnPath;

/**
 * What an officer typed into a form posted after their session ended, kept through the sign-in
 * (docs/security.md, "A form posted after the session ended"). Nothing is written from such a post:
 * the browser is sent (307, same body) to {@link #KEEP}, which only puts the answers in a
 * short-lived HttpOnly cookie and sends the person to sign in; back signed in, {@link #RESUME}
 * shows what they typed in a form that posts it to where it was going, with this session's
 * anti-forgery token, when they choose to send it. The cookie holds no secret and is no credential.
 */
public final class KeptAnswers {

    /** Public (no session to check): it writes nothing but the cookie. */
    public static final String KEEP = "/sign-in/keep";

    /** Signed in: shows the kept answers, once. */
    public static final String RESUME = "/kept-answers";

    static final String COOKIE = "sendtracker_kept";

    /**
     * Browsers keep at least 4,096 bytes a cookie; this leaves room for its name and attributes.
     */
    public static final int MAX_COOKIE_VALUE = 3_800;

    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** The answers to a form: where it posts, the page it was on, and its body as posted. */
    public record Kept(String action, String page, String body) {

        /** The cookie value, or empty when it would be too large to keep. */
        Optional<String> encoded() {
            String value =
                    Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(
                                    (action + "\n" + page + "\n" + body)
                                            .getBytes(StandardCharsets.UTF_8));
            return value.length() <= MAX_COOKIE_VALUE ? Optional.of(value) : Optional.empty();
        }

        static Optional<Kept> decode(String value) {
            try {
                String text =
                        new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
                String[] parts = text.split("\n", 3);
                if (parts.length != 3
                        || !SafeReturnPath.of(parts[0]).equals(parts[0])
                        || parts[0].equals(SafeReturnPath.HOME)) {
                    return Optional.empty();
                }
                return Optional.of(new Kept(parts[0], SafeReturnPath.of(parts[1]), parts[2]));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
    }

    private KeptAnswers() {}

    /** Where a form post without a session is sent on to, to keep its answers. */
    static String keepHref(String action, String page) {
        return KEEP
                + "?action="
                + URLEncoder.encode(SafeReturnPath.of(action), StandardCharsets.UTF_8)
                + "&page="
                + URLEncoder.encode(SafeReturnPath.of(page), StandardCharsets.UTF_8);
    }

    /** The cookie that keeps {@code kept}, or empty when the answers are too long for one. */
    public static Optional<Cookie> cookie(Kept kept, HttpRequest<?> request) {
        return kept.encoded()
                .map(value -> SessionCookie.cookie(COOKIE, value, LIFETIME, request).path(RESUME));
    }

    /** The answers this request brings back, if any and well formed. */
    public static Optional<Kept> read(HttpRequest<?> request) {
        return request.getCookies()
                .findCookie(COOKIE)
                .map(Cookie::getValue)
                .filter(value -> !value.isBlank() && value.length() <= MAX_COOKIE_VALUE)
                .flatMap(Kept::decode);
    }

    /** The cookie, ended: the answers are shown once. */
    public static Cookie forgotten(HttpRequest<?> request) {
        return SessionCookie.expired(COOKIE, request).path(RESUME);
    }
}
