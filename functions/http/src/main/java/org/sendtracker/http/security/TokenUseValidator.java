package org.sendtracker.http.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Accepts only tokens issued to this tracker's app client, as Cognito shapes them: an ID token
 * ({@code token_use: id}) whose audience is the client, or an access token ({@code token_use:
 * access}) whose {@code client_id} is. Signature (JWKS), issuer and expiry are checked by Micronaut
 * Security's own validators (application.properties), that there is an expiry by {@link
 * ExpiryRequired}.
 */
@Singleton
final class TokenUseValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final AuthSettings settings;

    TokenUseValidator(AuthSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object use = claims.get("token_use");
        if ("id".equals(use)) {
            Object audience = claims.get(Claims.AUDIENCE);
            return settings.clientId().equals(audience)
                    || audience instanceof Collection<?> all && all.contains(settings.clientId());
        }
        if ("access".equals(use)) {
            return settings.clientId().equals(claims.get("client_id"));
        }
        return false;
    }
}
