package org.sendtracker.local.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs tokens shaped as Amazon Cognito's (docs/security.md), so the tracker checks local ones
 * exactly as it checks Cognito's: an ID token ({@code token_use: id}, audience the client, with
 * name and email) and an access token ({@code token_use: access}, {@code client_id}, {@code
 * username}, no name).
 */
public final class TokenMinter {

    public static final Duration LIFETIME = Duration.ofHours(1);

    private final SigningKey key;
    private final String issuer;
    private final String clientId;

    public TokenMinter(SigningKey key, String issuer, String clientId) {
        this.key = key;
        this.issuer = issuer;
        this.clientId = clientId;
    }

    public String idToken(DemoUser user, String nonce, Instant now) {
        JWTClaimsSet.Builder claims =
                common(user.subject(), now)
                        .audience(clientId)
                        .claim("token_use", "id")
                        .claim("name", user.name())
                        .claim("email", user.email())
                        .claim("cognito:username", user.id())
                        .claim("auth_time", now.getEpochSecond());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return sign(claims.build());
    }

    public String accessToken(DemoUser user, Instant now) {
        return sign(
                common(user.subject(), now)
                        .claim("token_use", "access")
                        .claim("client_id", clientId)
                        .claim("username", user.id())
                        .claim("scope", "openid email profile")
                        .build());
    }

    private JWTClaimsSet.Builder common(String subject, Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)));
    }

    /**
     * Signs any claims with this provider's key: tests use it for tokens a real provider would
     * never issue.
     */
    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt =
                    new SignedJWT(
                            new JWSHeader.Builder(JWSAlgorithm.RS256)
                                    .keyID(key.key().getKeyID())
                                    .build(),
                            claims);
            jwt.sign(new RSASSASigner(key.key()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }
}
