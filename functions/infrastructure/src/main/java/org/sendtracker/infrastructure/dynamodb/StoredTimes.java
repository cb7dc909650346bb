package org.sendtracker.infrastructure.dynamodb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * Reads the dates and instants of a stored body without {@code DateTimeFormatter}: every list reads
 * one body per row, and parsing its dates through the formatter was the largest cost of reading a
 * deadline (docs/performance.md, "Reading a stored body"). Only the forms {@link JsonBodies} writes
 * are read here, {@code 2024-03-14} and {@code 2024-01-02T10:15:30.123456Z} (ISO, UTC, a fraction
 * of up to nine digits or none); anything else, including a well-formed string naming a day that
 * does not exist, goes to Jackson's own reader, which answers exactly as before: the value, or the
 * same error.
 */
final class StoredTimes {

    private StoredTimes() {}

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("sendtracker-stored-times");
        module.addDeserializer(
                LocalDate.class,
                new Reader<>(LocalDate.class, StoredTimes::date, LocalDateDeserializer.INSTANCE));
        module.addDeserializer(
                Instant.class,
                new Reader<>(Instant.class, StoredTimes::instant, InstantDeserializer.INSTANT));
        return module;
    }

    /** {@code yyyy-MM-dd}, or null when {@code text} is not exactly that form of a real day. */
    static LocalDate date(String text) {
        return text.length() == 10 ? dateAt(text) : null;
    }

    /** The real day {@code text} begins with as {@code yyyy-MM-dd}, or null. */
    private static LocalDate dateAt(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, or null when {@code text} is not exactly that form
     * of a real instant (a leap second, 60, is left to Jackson's reader).
     */
    static Instant instant(String text) {
        int length = text.length();
        if (length < 20
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        LocalDate day = dateAt(text);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (day == null || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, 20, length - 1);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        try {
            return LocalDateTime.of(day, LocalTime.of(hour, minute, second, nanos))
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notAnInstant) {
            return null;
        }
    }

    /** The ASCII digits from {@code from} to {@code to} as a number; -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Reads {@code type} from a string by {@code fast}, or, when that gives null, by Jackson's. */
    private static final class Reader<T> extends StdDeserializer<T> {
        private final Function<String, T> fast;
        private final JsonDeserializer<T> jackson;

        Reader(Class<T> type, Function<String, T> fast, JsonDeserializer<T> jackson) {
            super(type);
            this.fast = fast;
            this.jackson = jackson;
        }

        @Override
        public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.hasToken(JsonToken.VALUE_STRING)) {
                T read = fast.apply(json.getText());
                if (read != null) {
                    return read;
                }
            }
            return jackson.deserialize(json, context);
        }
    }
}
