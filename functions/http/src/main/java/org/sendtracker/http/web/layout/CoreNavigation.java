package org.sendtracker.http.web.layout;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Predicate;
import org.sendtracker.http.security.Caller;

/** The pages every deployment has. */
@Factory
final class CoreNavigation {

    @Singleton
    @Named("dashboard")
    NavigationItem dashboard() {
        return item("Deadlines", "/", 10);
    }

    @Singleton
    @Named("areas")
    NavigationItem areas() {
        return item("Areas", "/areas", 20);
    }

    @Singleton
    @Named("new-inspection")
    NavigationItem newInspection() {
        return item(
                "Record an inspection", "/inspections/new", 30, c -> c.access().editsAnything());
    }

    @Singleton
    @Named("people")
    NavigationItem people() {
        return item("People and access", "/admin/people", 40, c -> c.access().isAdministrator());
    }

    @Singleton
    @Named("account")
    NavigationItem account() {
        return item("Your account", "/account", 50, c -> true);
    }

    static NavigationItem item(String label, String href, int order) {
        return item(label, href, order, c -> true);
    }

    static NavigationItem item(String label, String href, int order, Predicate<Caller> shownTo) {
        return new NavigationItem() {
            @Override
            public boolean shownTo(Optional<Caller> caller) {
                return caller.filter(shownTo).isPresent();
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public String href() {
                return href;
            }

            @Override
            public int order() {
                return order;
            }
        };
    }
}
