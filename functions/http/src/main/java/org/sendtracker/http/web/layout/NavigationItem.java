package org.sendtracker.http.web.layout;

import java.util.Optional;
import org.sendtracker.http.security.Caller;

/**
 * A link in the service navigation. Each module contributes its own as beans (the local runner adds
 * its outbox), so the pages list what is deployed without knowing where they run.
 */
public interface NavigationItem {

    String label();

    String href();

    /** Lower first. */
    int order();

    /** Whether the signed-in person (if any) is shown this link: by default everyone signed in. */
    default boolean shownTo(Optional<Caller> caller) {
        return caller.isPresent();
    }
}
