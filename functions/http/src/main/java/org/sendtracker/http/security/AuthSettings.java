package org.sendtracker.http.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;

/**
 * The identity provider this deployment trusts (docs/security.md): Amazon Cognito in AWS (its
 * hosted sign-in, optionally federated to the council's own provider), the local runner's provider
 * on a laptop. Every setting is required: there is no way to run the tracker without sign-in.
 */
@Singleton
public final class AuthSettings {

    private final String issuer;
    private final String clientId;
    private final URI authorizationEndpoint;
    private final URI tokenEndpoint;
    private final Optional<URI> logoutEndpoint;

    AuthSettings(
            @Value("${sendtracker.auth.issuer}") String issuer,
            @Value("${sendtracker.auth.client-id}") String clientId,
            @Value("${sendtracker.auth.authorization-endpoint}") String authorizationEndpoint,
            @Value("${sendtracker.auth.token-endpoint}") String tokenEndpoint,
            @Value("${sendtracker.auth.logout-endpoint:}") String logoutEndpoint) {
        this.issuer = required("issuer", issuer);
        this.clientId = required("client-id", clientId);
        this.authorizationEndpoint =
                URI.create(required("authorization-endpoint", authorizationEndpoint));
        this.tokenEndpoint = URI.create(required("token-endpoint", tokenEndpoint));
        this.logoutEndpoint =
                logoutEndpoint.isBlank()
                        ? Optional.empty()
                        : Optional.of(URI.create(logoutEndpoint.strip()));
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    "sendtracker.auth."
                            + name
                            + " is not set (environment SENDTRACKER_AUTH_"
                            + name.toUpperCase().replace('-', '_')
                            + "): the tracker does not run without sign-in");
        }
        return value.strip();
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public URI authorizationEndpoint() {
        return authorizationEndpoint;
    }

    public URI tokenEndpoint() {
        return tokenEndpoint;
    }

    public Optional<URI> logoutEndpoint() {
        return logoutEndpoint;
    }

    /**
     * Where the browser may be sent to sign in or out: the origin a form's redirect may reach (CSP
     * form-action).
     */
    public String providerOrigin() {
        return authorizationEndpoint.getScheme() + "://" + authorizationEndpoint.getRawAuthority();
    }
}
