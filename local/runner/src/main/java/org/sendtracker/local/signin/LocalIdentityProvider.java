package org.sendtracker.local.signin;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sendtracker.local.idp.DemoUser;
import org.sendtracker.local.idp.SigningKey;
import org.sendtracker.local.idp.TokenMinter;

/**
 * The local runner's OpenID Connect provider (docs/security.md): demo users, one-time authorization
 * codes bound to their PKCE challenge, and tokens shaped as Cognito's, signed with a key kept in
 * {@code DATA_DIR}. The tracker verifies them through the same code as in AWS. Real time, not the
 * simulated clock: tokens expire an hour after they are issued on this machine's clock.
 */
@Singleton
public final class LocalIdentityProvider {

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(2);

    private final TokenMinter minter;
    private final String publicUrl;
    private final SigningKey key;
    private final Map<String, PendingCode> codes = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    record PendingCode(
            DemoUser user,
            String clientId,
            String redirectUri,
            String challenge,
            String nonce,
            Instant expires) {}

    LocalIdentityProvider(
            @Value("${sendtracker.auth.issuer}") String issuer,
            @Value("${sendtracker.auth.client-id}") String clientId,
            @Value("${sendtracker.public-url}") String publicUrl,
            @Value("${sendtracker.local.idp.key-file:}") String keyFile) {
        this.key = keyFile.isBlank() ? SigningKey.generate() : SigningKey.in(Path.of(keyFile));
        this.minter = new TokenMinter(key, issuer, clientId);
        this.publicUrl = publicUrl;
    }

    public String issuer() {
        return minter.issuer();
    }

    public String clientId() {
        return minter.clientId();
    }

    public String jwks() {
        return key.jwks();
    }

    /** Only this tracker may be sent a code: its client id, and a callback on its own address. */
    public boolean isOurClient(String clientId, String redirectUri) {
        return minter.clientId().equals(clientId)
                && redirectUri != null
                && redirectUri.startsWith(publicUrl + "/");
    }

    public String issueCode(
            DemoUser user, String clientId, String redirectUri, String challenge, String nonce) {
        String code = secret();
        codes.put(
                code,
                new PendingCode(
                        user,
                        clientId,
                        redirectUri,
                        challenge,
                        nonce,
                        clock.instant().plus(CODE_LIFETIME)));
        return code;
    }

    /**
     * The ID and access tokens for a code, once: the code is spent whether or not the exchange
     * succeeds.
     */
    public Optional<Map<String, Object>> exchange(
            String code, String clientId, String redirectUri, String verifier) {
        PendingCode pending = code == null ? null : codes.remove(code);
        if (pending == null
                || pending.expires().isBefore(clock.instant())
                || !pending.clientId().equals(clientId)
                || !pending.redirectUri().equals(redirectUri)
                || verifier == null
                || !pending.challenge().equals(challenge(verifier))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return Optional.of(
                Map.of(
                        "id_token",
                        minter.idToken(pending.user(), pending.nonce(), now),
                        "access_token",
                        minter.accessToken(pending.user(), now),
                        "token_type",
                        "Bearer",
                        "expires_in",
                        TokenMinter.LIFETIME.toSeconds()));
    }

    /** For scripts: an access token for a demo user, no browser needed. */
    public Map<String, Object> accessToken(DemoUser user) {
        return Map.of(
                "access_token",
                minter.accessToken(user, clock.instant()),
                "token_type",
                "Bearer",
                "expires_in",
                TokenMinter.LIFETIME.toSeconds());
    }

    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
