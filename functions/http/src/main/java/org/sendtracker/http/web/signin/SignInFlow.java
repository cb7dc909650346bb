package org.sendtracker.http.web.signin;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Person;
import org.sendtracker.http.security.AntiForgery;
import org.sendtracker.http.security.AuthSettings;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.security.SessionCookie;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.http.web.layout.PublicUrl;
import org.sendtracker.http.web.layout.SafeReturnPath;
import org.sendtracker.infrastructure.snapstart.Secrets;
import reactor.core.publisher.Flux;

/**
 * The OpenID Connect authorization-code flow with PKCE (RFC 7636) against the configured provider
 * (docs/security.md): Cognito's hosted sign-in in AWS, the local runner's provider on a laptop. The
 * state, code verifier and nonce live in a short-lived HttpOnly cookie; the ID token that comes
 * back is checked by the same validators as every bearer token (signature, issuer, client, expiry,
 * {@code token_use}), and its nonce against the cookie's, before it becomes the session.
 */
@Singleton
public final class SignInFlow {

    private static final Duration SIGN_IN_LIFETIME = Duration.ofMinutes(10);
    private static final Duration LONGEST_SESSION = Duration.ofHours(12);

    private final AuthSettings settings;
    private final PublicUrl publicUrl;
    private final List<TokenValidator<HttpRequest<?>>> validators;
    private final AccessService access;
    private final AntiForgery antiForgery;
    private final Callers callers;
    private final JsonMapper json;

    /**
     * Tokens expire on the identity provider's clock, the real one: never the tracker's business
     * clock.
     */
    private final Clock clock = Clock.systemUTC();

    /**
     * The client of the token endpoint, built on the first exchange, so never before a SnapStart
     * snapshot (docs/performance.md, "SnapStart uniqueness"): it is an officer's sign-in that needs
     * it, after the restore.
     */
    private HttpClient http;

    SignInFlow(
            AuthSettings settings,
            PublicUrl publicUrl,
            List<TokenValidator<HttpRequest<?>>> validators,
            AccessService access,
            AntiForgery antiForgery,
            Callers callers,
            JsonMapper json) {
        this.settings = settings;
        this.publicUrl = publicUrl;
        this.validators = validators;
        this.access = access;
        this.antiForgery = antiForgery;
        this.callers = callers;
        this.json = json;
    }

    /** Sends the browser to the provider, remembering where to come back to. */
    public MutableHttpResponse<?> start(HttpRequest<?> request, String returnTo) {
        String state = secret();
        String verifier = secret();
        String nonce = secret();
        String back = SafeReturnPath.of(returnTo);
        String pending =
                String.join(
                        ".",
                        state,
                        verifier,
                        nonce,
                        Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(back.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", callbackUri());
        query.put("scope", "openid email profile");
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        URI to = URI.create(settings.authorizationEndpoint() + "?" + form(query));
        // 302, not Micronaut's redirect() (301): a browser must never cache a sign-in's state.
        return HttpResponse.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, to.toString())
                .cookie(
                        SessionCookie.cookie(
                                SessionCookie.SIGN_IN, pending, SIGN_IN_LIFETIME, request));
    }

    /**
     * Finishes the flow: the session cookie and a redirect back, or empty when the answer is not
     * the one this browser's sign-in is waiting for (no cookie, another state, an error from the
     * provider, a token that fails any check).
     */
    public Optional<MutableHttpResponse<?>> finish(
            HttpRequest<?> request, String code, String state, String error) {
        Optional<String[]> pending =
                request.getCookies()
                        .findCookie(SessionCookie.SIGN_IN)
                        .map(Cookie::getValue)
                        .map(v -> v.split("\\.", -1))
                        .filter(parts -> parts.length == 4);
        if (error != null
                || code == null
                || state == null
                || pending.isEmpty()
                || !constantTimeEquals(pending.get()[0], state)) {
            return Optional.empty();
        }
        String verifier = pending.get()[1];
        String nonce = pending.get()[2];
        String back;
        try {
            back =
                    SafeReturnPath.of(
                            new String(
                                    Base64.getUrlDecoder().decode(pending.get()[3]),
                                    StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<String> idToken = exchange(code, verifier);
        Optional<Authentication> verified =
                idToken.flatMap(token -> validate(token, request))
                        .filter(
                                a ->
                                        "id".equals(a.getAttributes().get("token_use"))
                                                && nonce.equals(a.getAttributes().get("nonce")));
        if (verified.isEmpty()) {
            return Optional.empty();
        }
        Authentication authentication = verified.get();
        Person person =
                access.resolve(
                        authentication.getName(),
                        Callers.nameOf(authentication.getAttributes()),
                        authentication.getAttributes().get("email") instanceof String email
                                ? email
                                : null);
        access.remember(person);
        return Optional.of(
                Pages.seeOther(back)
                        .cookie(
                                SessionCookie.session(
                                        idToken.get(), lifetime(authentication), request))
                        .cookie(SessionCookie.expired(SessionCookie.SIGN_IN, request)));
    }

    /** Ends the session here and, where the provider has a logout endpoint, there too. */
    public MutableHttpResponse<?> signOut(HttpRequest<?> request, String body) {
        Optional<Caller> caller = callers.of(request);
        if (caller.isPresent()
                && !antiForgery.accepts(
                        request, caller.get(), FormData.parse(body).first(AntiForgery.FIELD))) {
            return Pages.seeOther("/");
        }
        URI to =
                settings.logoutEndpoint()
                        .map(
                                logout ->
                                        URI.create(
                                                logout
                                                        + "?"
                                                        + form(
                                                                Map.of(
                                                                        "client_id",
                                                                        settings.clientId(),
                                                                        "logout_uri",
                                                                        publicUrl.of(
                                                                                "/signed-out")))))
                        .orElse(URI.create("/signed-out"));
        return HttpResponse.seeOther(to).cookie(SessionCookie.expired(SessionCookie.NAME, request));
    }

    private Optional<String> exchange(String code, String verifier) {
        String body =
                form(
                        Map.of(
                                "grant_type",
                                "authorization_code",
                                "client_id",
                                settings.clientId(),
                                "code",
                                code,
                                "redirect_uri",
                                callbackUri(),
                                "code_verifier",
                                verifier));
        java.net.http.HttpRequest exchange =
                java.net.http.HttpRequest.newBuilder(settings.tokenEndpoint())
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                        .build();
        try {
            java.net.http.HttpResponse<byte[]> answer =
                    tokenClient().send(exchange, BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                return Optional.empty();
            }
            Object token = json.readValue(answer.body(), Map.class).get("id_token");
            return token instanceof String text ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<Authentication> validate(String token, HttpRequest<?> request) {
        return Flux.fromIterable(validators)
                .concatMap(v -> v.validateToken(token, request))
                .next()
                .blockOptional(Duration.ofSeconds(10));
    }

    private Duration lifetime(Authentication authentication) {
        Object exp = authentication.getAttributes().get("exp");
        Instant expires =
                exp instanceof Date date
                        ? date.toInstant()
                        : exp instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : null;
        if (expires == null) {
            return Duration.ofHours(1);
        }
        Duration left = Duration.between(clock.instant(), expires);
        return left.isNegative()
                ? Duration.ZERO
                : left.compareTo(LONGEST_SESSION) > 0 ? LONGEST_SESSION : left;
    }

    private String callbackUri() {
        return publicUrl.of("/sign-in/callback");
    }

    private synchronized HttpClient tokenClient() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        }
        return http;
    }

    /** 256 random bits, from a generator made for them ({@link Secrets}). */
    private static String secret() {
        return Secrets.urlSafe(32);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(
                        e ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
