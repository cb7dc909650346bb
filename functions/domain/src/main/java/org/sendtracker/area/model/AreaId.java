package org.sendtracker.area.model;

import java.util.Objects;

/**
 * A local area partnership's short id, e.g. {@code cumbria}: 1 to 40 lower-case letters, digits and
 * hyphens, starting and ending with a letter or digit.
 */
public record AreaId(String value) {

    /**
     * The rule in words, as the new-area form's hint and the refusal of an id that breaks it both
     * state it.
     */
    public static final String RULE =
            "1 to 40 lower-case letters, digits or hyphens, starting and ending with a letter or"
                    + " digit";

    /** What a field or query parameter naming an area is told when it names none. */
    public static final String NOT_AN_AREA_ID = "The area must be an area id such as cumbria";

    /** The longest id. */
    static final int MAX_LENGTH = 40;

    public AreaId {
        Objects.requireNonNull(value, "value == null");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid area id: " + value);
        }
    }

    /**
     * Whether {@code value} is an id: the language of {@code [a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?},
     * checked by hand because every stored row's ids are checked on read (docs/performance.md, "Ids
     * checked without a regex").
     */
    public static boolean isValid(String value) {
        return value != null && isSlug(value, 0, value.length());
    }

    /** Whether {@code text[from, to)} is an id. */
    public static boolean isSlug(String text, int from, int to) {
        int length = to - from;
        if (length < 1
                || length > MAX_LENGTH
                || !letterOrDigit(text.charAt(from))
                || !letterOrDigit(text.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = text.charAt(i);
            if (c != '-' && !letterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return value;
    }
}
