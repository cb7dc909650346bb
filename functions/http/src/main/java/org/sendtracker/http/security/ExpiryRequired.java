package org.sendtracker.http.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * A token must say when it expires. Micronaut Security's expiry check refuses a token whose {@code
 * exp} has passed but accepts one with no {@code exp} at all, which would never expire; Cognito
 * always sets it, so a token without one is refused as an expired one is (docs/security.md).
 */
@Singleton
final class ExpiryRequired implements GenericJwtClaimsValidator<HttpRequest<?>> {

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        return claims.get(Claims.EXPIRATION_TIME) != null;
    }
}
