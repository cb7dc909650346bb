package org.sendtracker.http.web.layout;

/**
 * A link in the service navigation. Each module contributes its own as beans (the local runner adds
 * its outbox), so the pages list what is deployed without knowing where they run.
 */
public interface NavigationItem {

    String label();

    String href();

    /** Lower first. */
    int order();
}
