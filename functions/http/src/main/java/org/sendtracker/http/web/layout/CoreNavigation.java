package org.sendtracker.http.web.layout;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

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
        return item("Record an inspection", "/inspections/new", 30);
    }

    static NavigationItem item(String label, String href, int order) {
        return new NavigationItem() {
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
