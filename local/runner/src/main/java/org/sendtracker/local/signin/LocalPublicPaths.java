package org.sendtracker.local.signin;

import jakarta.inject.Singleton;
import java.util.List;
import org.sendtracker.http.security.PublicPaths;

/**
 * The local runner's own endpoints need no sign-in: the identity provider itself, the SES and Step
 * Functions endpoints the SDK calls, the clock and the outbox's JSON. The runner listens on
 * 127.0.0.1 only (unless {@code BIND} says otherwise), so none of them is reachable from the
 * network.
 */
@Singleton
final class LocalPublicPaths implements PublicPaths {

    @Override
    public List<String> paths() {
        return List.of("/local/");
    }
}
