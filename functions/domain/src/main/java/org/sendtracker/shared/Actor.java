package org.sendtracker.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who did something. Today it is taken from the {@code X-Actor} header or the forms' sign-in name;
 * real sign-in will put an authenticated principal here, with the areas it may see.
 */
public record Actor(String name) {

    private static final Pattern PRINTABLE = Pattern.compile("[\\p{L}\\p{N} .,'@()_+-]{1,120}");

    public static final Actor SYSTEM = new Actor("system");

    public Actor {
        Objects.requireNonNull(name, "name == null");
        if (!PRINTABLE.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid actor name: " + name);
        }
    }

    public static boolean isValid(String name) {
        return name != null && PRINTABLE.matcher(name.strip()).matches();
    }
}
