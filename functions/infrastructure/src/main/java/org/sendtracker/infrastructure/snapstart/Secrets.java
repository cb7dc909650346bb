package org.sendtracker.infrastructure.snapstart;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable values (feed secrets, sign-in state, PKCE verifiers, nonces), each drawn from a
 * {@link SecureRandom} made for it. No generator is kept from one call to the next, so none can
 * have been seeded before a SnapStart snapshot and shared by every environment restored from it
 * (docs/performance.md, "SnapStart uniqueness"). The application names {@code SecureRandom} nowhere
 * else (the HTTP function's {@code SnapStartUniquenessTest} holds it so).
 */
public final class Secrets {

    private Secrets() {}

    /** {@code bytes} random bytes, base64url without padding. */
    public static String urlSafe(int bytes) {
        if (bytes < 16) {
            throw new IllegalArgumentException(
                    "a secret needs at least 16 bytes (128 bits), not " + bytes);
        }
        byte[] secret = new byte[bytes];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
