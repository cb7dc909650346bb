package org.sendtracker.area.model;

import java.util.Objects;

/** A person at the area who receives reminders for their role. */
public record Contact(String name, String email, ContactRole role) {

    public Contact {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(email, "email == null");
        Objects.requireNonNull(role, "role == null");
    }
}
