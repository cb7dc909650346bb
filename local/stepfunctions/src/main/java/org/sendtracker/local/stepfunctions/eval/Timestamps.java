package org.sendtracker.local.stepfunctions.eval;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** ISO-8601 timestamps as Step Functions writes them ({@code 2024-01-01T00:00:00.000Z}). */
public final class Timestamps {

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    public static String format(Instant instant) {
        return MILLIS.format(instant);
    }

    /**
     * Parses an RFC 3339 timestamp. ASL spec, "Timestamps": "strings which MUST conform to the
     * RFC3339 profile of ISO 8601, with the further restrictions that an uppercase "T" character
     * MUST be used to separate date and time, and an uppercase "Z" character MUST be present in the
     * absence of a numeric time zone offset".
     */
    public static Optional<Instant> parse(String text) {
        if (text.indexOf('T') < 0 || text.endsWith("z")) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
