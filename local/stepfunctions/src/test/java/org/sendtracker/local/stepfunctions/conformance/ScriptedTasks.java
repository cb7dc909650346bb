package org.sendtracker.local.stepfunctions.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendtracker.local.stepfunctions.TaskFailedException;
import org.sendtracker.local.stepfunctions.TaskInvoker;
import org.sendtracker.testing.SettableClock;

/**
 * Plays a case's {@code .tasks.json}: for each function, one behaviour per attempt, the last one
 * repeating. The reference harness ({@code conformance-js/run.mjs}) plays the same file.
 *
 * <ul>
 *   <li>{@code {"return": json}} returns json; {@code {"echo": true}} returns the payload;
 *   <li>{@code {"throw": {"error", "cause"}}} fails the task;
 *   <li>{@code {"hang": true}} runs for an hour of engine time (past every TimeoutSeconds of the
 *       suite) before returning;
 *   <li>{@code {"callback": ...}} for a {@code .waitForTaskToken} task: the function returns and
 *       the callback ({@code {"success": json}}, {@code {"failure": {"error", "cause"}}} or {@code
 *       "none"}) is sent afterwards with the token found at {@code Payload.taskToken}.
 * </ul>
 */
final class ScriptedTasks implements TaskInvoker {

    static final Duration HANG = Duration.ofHours(1);

    /** A callback to send once the execution waits for its token. */
    record PendingCallback(String token, JsonNode behaviour) {}

    private final JsonNode script;
    private final SettableClock clock;
    private final Map<String, Integer> invocations = new LinkedHashMap<>();
    private final Deque<PendingCallback> callbacks = new ArrayDeque<>();

    ScriptedTasks(JsonNode script, SettableClock clock) {
        this.script = script;
        this.clock = clock;
    }

    @Override
    public synchronized JsonNode invoke(String functionName, JsonNode payload)
            throws TaskFailedException {
        int attempt = invocations.merge(functionName, 1, Integer::sum);
        JsonNode behaviours = script.get(functionName);
        if (behaviours == null) {
            throw new TaskFailedException(
                    "Lambda.ResourceNotFoundException", "Function not found: " + functionName);
        }
        JsonNode behaviour = behaviours.get(Math.min(attempt, behaviours.size()) - 1);
        if (behaviour.has("return")) {
            return behaviour.get("return");
        }
        if (behaviour.has("echo")) {
            return payload;
        }
        if (behaviour.has("throw")) {
            JsonNode thrown = behaviour.get("throw");
            throw new TaskFailedException(
                    thrown.get("error").asText(), thrown.get("cause").asText());
        }
        if (behaviour.has("hang")) {
            clock.advance(HANG);
            return JsonNodeFactory.instance.objectNode();
        }
        if (behaviour.has("callback")) {
            callbacks.add(
                    new PendingCallback(
                            payload.get("taskToken").asText(), behaviour.get("callback")));
            return JsonNodeFactory.instance.objectNode();
        }
        throw new IllegalArgumentException("Unknown behaviour " + behaviour);
    }

    synchronized PendingCallback nextCallback() {
        return callbacks.poll();
    }

    synchronized Map<String, Integer> invocations() {
        return new LinkedHashMap<>(invocations);
    }
}
