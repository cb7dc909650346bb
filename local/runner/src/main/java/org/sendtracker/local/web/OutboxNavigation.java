package org.sendtracker.local.web;

import jakarta.inject.Singleton;
import org.sendtracker.http.web.layout.NavigationItem;

/** Locally, the outbox is one click away from every page. */
@Singleton
final class OutboxNavigation implements NavigationItem {

    @Override
    public String label() {
        return "Outbox (local)";
    }

    @Override
    public String href() {
        return "/outbox";
    }

    @Override
    public int order() {
        return 90;
    }
}
