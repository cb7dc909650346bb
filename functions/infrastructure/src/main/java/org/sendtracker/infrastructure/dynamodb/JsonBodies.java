package org.sendtracker.infrastructure.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON stored in each item's {@code body}: the domain records as Jackson writes them, and the
 * domain's value types as {@link DomainValues} writes them. Unknown properties are ignored on read
 * so that a newer writer's extra field never breaks an older reader.
 */
final class JsonBodies {

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    // registered after, so its readers come first
                    .registerModule(StoredTimes.module())
                    .registerModule(DomainValues.module())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonBodies() {}

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "stored "
                            + type.getSimpleName()
                            + " is not readable: "
                            + e.getOriginalMessage(),
                    e);
        }
    }
}
