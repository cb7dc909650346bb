package org.sendtracker.area.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A local area partnership's short id, e.g. {@code cumbria}: lower-case letters, digits and
 * hyphens.
 */
public record AreaId(String value) {

    /** What a field or query parameter naming an area is told when it names none. */
    public static final String NOT_AN_AREA_ID = "The area must be an area id such as cumbria";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    public AreaId {
        Objects.requireNonNull(value, "value == null");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid area id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
