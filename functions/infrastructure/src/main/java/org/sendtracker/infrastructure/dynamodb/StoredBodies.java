package org.sendtracker.infrastructure.dynamodb;

import java.util.Objects;

/**
 * The stored form of a record, for SnapStart priming ({@code docs/performance.md}, "SnapStart
 * priming"): a value written as an item's {@code body} and read back, in memory only, with the same
 * JSON mapper the repositories use. Nothing is written to the table.
 */
public final class StoredBodies {

    private StoredBodies() {}

    /**
     * Writes {@code value} as a stored body and reads it back; fails unless what is read equals
     * what was written.
     */
    public static <T> T roundTrip(T value, Class<T> type) {
        Objects.requireNonNull(value, "value == null");
        T read = JsonBodies.read(JsonBodies.write(value), type);
        if (!value.equals(read)) {
            throw new IllegalStateException(
                    "a stored " + type.getSimpleName() + " did not read back as it was written");
        }
        return read;
    }
}
