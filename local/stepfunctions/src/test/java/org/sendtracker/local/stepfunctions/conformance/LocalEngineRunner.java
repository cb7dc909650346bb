package org.sendtracker.local.stepfunctions.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.local.stepfunctions.ExecutionDescription;
import org.sendtracker.local.stepfunctions.IdGenerator;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.sendtracker.local.stepfunctions.store.EngineStore;
import org.sendtracker.local.stepfunctions.testing.Json;
import org.sendtracker.testing.SettableClock;

/**
 * Runs a conformance case on this engine, as a driver of timers would: whenever the execution
 * waits, it sends the scripted callback or moves the clock to the next timer and fires it.
 */
final class LocalEngineRunner {

    static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    static final String EXECUTION_NAME = "conformance";
    private static final int MAX_STEPS = 1_000;

    private LocalEngineRunner() {}

    /** {"status", "output" | "error" + "cause", "invocations", "engineSeconds"}. */
    static ObjectNode run(ConformanceCase testCase) {
        SettableClock clock = new SettableClock(START);
        ScriptedTasks tasks = new ScriptedTasks(testCase.tasks(), clock);
        StepFunctionsEngine engine =
                new StepFunctionsEngine(
                        EngineStore.inMemory(), clock, tasks, IdGenerator.randomUuids());
        String machine =
                engine.createStateMachine(
                        testCase.stateMachineName(), testCase.definition(), Map.of());
        String arn =
                engine.startExecution(machine, EXECUTION_NAME, testCase.input().toString())
                        .executionArn();
        ExecutionDescription execution = engine.describeExecution(arn);
        for (int step = 0; execution.status() == ExecutionStatus.RUNNING; step++) {
            if (step > MAX_STEPS) {
                throw new AssertionError(
                        testCase + " did not finish after " + MAX_STEPS + " steps");
            }
            ScriptedTasks.PendingCallback callback = tasks.nextCallback();
            if (callback != null && !callback.behaviour().isTextual()) {
                send(engine, callback);
            } else {
                Optional<Instant> due = engine.nextTimerDue();
                clock.set(
                        due.orElseThrow(() -> new AssertionError(testCase + " waits for nothing")));
                engine.fireDueTimers();
            }
            execution = engine.describeExecution(arn);
        }
        return result(execution, tasks, Duration.between(START, execution.stopDate()));
    }

    private static void send(StepFunctionsEngine engine, ScriptedTasks.PendingCallback callback) {
        JsonNode behaviour = callback.behaviour();
        if (behaviour.has("success")) {
            engine.sendTaskSuccess(callback.token(), behaviour.get("success").toString());
        } else {
            JsonNode failure = behaviour.get("failure");
            engine.sendTaskFailure(
                    callback.token(), failure.get("error").asText(), failure.get("cause").asText());
        }
    }

    private static ObjectNode result(
            ExecutionDescription execution, ScriptedTasks tasks, Duration elapsed) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("status", execution.status().name());
        if (execution.status() == ExecutionStatus.SUCCEEDED) {
            result.set("output", Json.parse(execution.output()));
        } else {
            result.put("error", execution.error());
            result.put("cause", execution.cause());
        }
        ObjectNode invocations = result.putObject("invocations");
        tasks.invocations().forEach(invocations::put);
        result.put("engineSeconds", elapsed.toSeconds());
        return result;
    }
}
