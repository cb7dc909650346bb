package org.sendtracker.workflow.lambda;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/**
 * Workflow payloads travel as JSON maps (what the Lambda runtime and Step Functions hand over) and
 * are read into records here, refusing unknown fields so a drift between the ASL and the code fails
 * loudly.
 */
final class Payloads {

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Payloads() {}

    static <T> T read(Map<String, Object> payload, Class<T> type) {
        return JSON.convertValue(payload, type);
    }

    static Map<String, Object> write(Object value) {
        return JSON.convertValue(value, new TypeReference<Map<String, Object>>() {});
    }
}
