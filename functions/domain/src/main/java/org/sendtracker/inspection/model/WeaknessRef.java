package org.sendtracker.inspection.model;

import java.util.Objects;

/**
 * An area of weakness as an officer names it in an event: by its number ({@code "3"}) or its title.
 * The lifecycle resolves it against the inspection's weaknesses.
 */
public record WeaknessRef(String value) {

    public WeaknessRef {
        Objects.requireNonNull(value, "value == null");
    }

    @Override
    public String toString() {
        return value;
    }
}
