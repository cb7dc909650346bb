package org.sendtracker.workflow.lambda;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.workflow.application.Decision;

/**
 * Workflow payloads travel as JSON maps (what the Lambda runtime and Step Functions hand over) and
 * are read into records here, refusing unknown fields so a drift between the ASL and the code fails
 * loudly. The state machine's view of a tick's {@link Decision} ({@code action} and the fields its
 * Choice and Wait states read) is known here and nowhere else.
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

    /** A stage named in a payload. */
    static Stage stage(String name) {
        return Arrays.stream(Stage.values())
                .filter(stage -> stage.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "unknown stage '"
                                                + name
                                                + "'; the stages are "
                                                + Arrays.toString(Stage.values())));
    }

    /**
     * The Tick's output as {@code statemachine/inspection-workflow.asl.json} reads it: {@code
     * action} ({@code WAIT}, {@code RESTART} or {@code END}), {@code waitSeconds} and {@code
     * wakeAt} (a wait's, else 0 and null), {@code nextStage}, {@code nextGeneration}, {@code
     * seenVersion}, {@code sent}, {@code failed}; in that order.
     */
    static Map<String, Object> decision(Decision decision) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("action", decision.fold(wait -> "WAIT", restart -> "RESTART", end -> "END"));
        payload.put("waitSeconds", decision.fold(Decision.Wait::waitSeconds, r -> 0L, e -> 0L));
        payload.put(
                "wakeAt",
                decision.fold(wait -> wait.wakeAt().toString(), r -> null, e -> (String) null));
        payload.put("nextStage", decision.stage().name());
        payload.put("nextGeneration", decision.generation());
        payload.put("seenVersion", decision.seenVersion());
        payload.put("sent", decision.sent());
        payload.put("failed", decision.failed());
        return payload;
    }
}
