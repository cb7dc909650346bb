package org.sendtracker.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who did something: the signed-in person's stable subject id (from the identity provider) and the
 * name the tracker shows for them. Every audit entry keeps both (docs/security.md).
 */
public record Actor(String id, String name) {

    private static final Pattern PRINTABLE = Pattern.compile("[\\p{L}\\p{N} .,'@()_+-]{1,120}");

    public static final Actor SYSTEM = new Actor("system", "system");

    public Actor {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(name, "name == null");
        if (id.isBlank() || id.length() > 128) {
            throw new IllegalArgumentException("not a valid actor id: " + id);
        }
        if (!PRINTABLE.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid actor name: " + name);
        }
    }

    public static boolean isValid(String name) {
        return name != null && PRINTABLE.matcher(name.strip()).matches();
    }

    /**
     * A name fit to show from whatever the identity provider gave: anything outside the shown set
     * becomes a space, runs of spaces one, cut to 120; {@code fallback} when nothing is left.
     */
    public static String displayable(String name, String fallback) {
        String cleaned =
                name == null
                        ? ""
                        : name.replaceAll("[^\\p{L}\\p{N} .,'@()_+-]", " ")
                                .replaceAll("\\s+", " ")
                                .strip();
        if (cleaned.length() > 120) {
            cleaned = cleaned.substring(0, 120).strip();
        }
        return cleaned.isEmpty() ? fallback : cleaned;
    }
}
