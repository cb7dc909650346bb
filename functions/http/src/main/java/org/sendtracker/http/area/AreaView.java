package org.sendtracker.http.area;

import org.sendtracker.area.model.Area;

import java.util.List;

/** An area as the API shows it. */
public record AreaView(String id, String name, long version, List<ContactView> contacts) {

    public record ContactView(String name, String email, String role) {}

    public static AreaView of(Area area) {
        return new AreaView(area.id().value(), area.name(), area.version(),
                area.contacts().stream().map(c -> new ContactView(c.name(), c.email(), c.role().name())).toList());
    }
}
