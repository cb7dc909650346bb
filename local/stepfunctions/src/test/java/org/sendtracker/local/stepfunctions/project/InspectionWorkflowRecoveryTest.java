package org.sendtracker.local.stepfunctions.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sendtracker.local.stepfunctions.ExecutionDescription;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.stepfunctions.TaskFailedException;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.sendtracker.local.stepfunctions.testing.RecordingInvoker;
import org.sendtracker.testing.SettableClock;

/**
 * The project's own {@code statemachine/inspection-workflow.asl.json}, run by the engine with
 * scripted Tick and Wait functions: what the workflow does when they fail (docs/design.md, "Flows",
 * 2). The handlers' own behaviour is tested against DynamoDB Local in functions/workflow.
 */
class InspectionWorkflowRecoveryTest {

    private static final Path DEFINITION =
            Path.of("..", "..", "statemachine", "inspection-workflow.asl.json");
    private static final String START =
            "{\"inspectionId\":\"cumbria-2019-03-18\",\"stage\":\"AWAITING_REPORT\",\"generation\":0,\"loops\":0}";

    private final SettableClock clock = SettableClock.at("2024-01-01T00:00:00Z");
    private final List<Instant> ticks = new ArrayList<>();
    private final List<JsonNode> tickPayloads = new ArrayList<>();
    private final RecordingInvoker functions =
            new RecordingInvoker().on("WaitFunction", payload -> waiting());
    private final StepFunctionsEngine engine = StepFunctionsEngine.inMemory(clock, functions);
    private final String machine =
            engine.createStateMachine(
                    "inspection-workflow",
                    definition(),
                    Map.of(
                            "TickFunctionArn",
                                    "arn:aws:lambda:eu-west-2:123456789012:function:TickFunction:live",
                            "WaitFunctionArn",
                                    "arn:aws:lambda:eu-west-2:123456789012:function:WaitFunction:live"));

    @Test
    void aTickThatThrows_isTickedAgainAfterAOneMinuteBackoff_andTheExecutionGoesOn() {
        // given a Tick that fails once with an application error, then decides to wait an hour
        AtomicInteger calls = new AtomicInteger();
        tick(
                payload -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new TaskFailedException(
                                "java.lang.IllegalStateException", "DynamoDB unreachable");
                    }
                    return decision("WAIT", 3600);
                });
        // when the execution starts
        String arn = start("cumbria-2019-03-18-g0", START);
        // then it waits out a backoff rather than failing
        assertThat(describe(arn).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(describe(arn).waitingInState()).isEqualTo("WaitBeforeRetick");
        clock.advance(Duration.ofSeconds(59));
        assertThat(engine.fireDueTimers()).isZero();
        // and a minute after the failure ticks afresh, with the same input, and goes on to wait
        clock.advance(Duration.ofSeconds(1));
        assertThat(engine.fireDueTimers()).isEqualTo(1);
        assertThat(ticks)
                .containsExactly(
                        Instant.parse("2024-01-01T00:00:00Z"),
                        Instant.parse("2024-01-01T00:01:00Z"));
        assertThat(tickPayloads.get(1)).isEqualTo(tickPayloads.get(0));
        assertThat(describe(arn).waitingInState()).isEqualTo("WaitForChangeOrTimer");
        // and when its timer passes it ticks again on the next loop, the failure count back at zero
        clock.advance(Duration.ofHours(1));
        engine.fireDueTimers();
        assertThat(ticks).hasSize(3);
        assertThat(tickPayloads.get(2).get("loops").asInt()).isEqualTo(1);
        assertThat(describe(arn).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(describe(arn).input()).doesNotContain("failures");
    }

    @Test
    void
            aTickThatKeepsFailing_backsOffOneFiveFifteenThirtySixtyMinutes_thenFailsAsWorkflowGaveUp() {
        // given a Tick that always fails
        tick(
                payload -> {
                    throw new TaskFailedException(
                            "java.lang.IllegalStateException", "rules file unreadable");
                });
        // when the execution starts and every timer fires when due
        String arn = start("cumbria-2019-03-18-g0", START);
        while (describe(arn).status() == ExecutionStatus.RUNNING) {
            clock.set(describe(arn).nextTimerDue());
            engine.fireDueTimers();
        }
        // then it ticked six times, each after the next backoff, and failed under its own name
        assertThat(gapsInSeconds(ticks)).containsExactly(60L, 300L, 900L, 1800L, 3600L);
        ExecutionDescription failed = describe(arn);
        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("SendTracker.WorkflowGaveUp");
        assertThat(failed.cause()).contains("the hourly reconcile restarts the workflow");
    }

    @Test
    void aLambdaClientExecutionTimeout_isRetriedAfterTwoSeconds_withoutTheLongBackoff() {
        // given a Tick whose first invocation times out on the client side
        AtomicInteger calls = new AtomicInteger();
        tick(
                payload -> {
                    if (calls.incrementAndGet() == 1) {
                        throw new TaskFailedException(
                                "Lambda.ClientExecutionTimeoutException",
                                "Client execution did not complete");
                    }
                    return decision("WAIT", 3600);
                });
        // when it starts and two seconds pass
        String arn = start("cumbria-2019-03-18-g0", START);
        assertThat(describe(arn).waitingInState()).isEqualTo("Tick");
        clock.advance(Duration.ofSeconds(2));
        engine.fireDueTimers();
        // then the Retry ran it again, and it waits for its timer
        assertThat(gapsInSeconds(ticks)).containsExactly(2L);
        assertThat(describe(arn).waitingInState()).isEqualTo("WaitForChangeOrTimer");
    }

    @Test
    void aWaitFunctionThatFails_isRecoveredByTheSameBackoff() {
        // given a Tick that decides to wait and a Wait function that fails once
        tick(payload -> decision("WAIT", 3600));
        AtomicInteger waits = new AtomicInteger();
        functions.on(
                "WaitFunction",
                payload -> {
                    if (waits.incrementAndGet() == 1) {
                        throw new TaskFailedException(
                                "software.amazon.awssdk.services.dynamodb.model.DynamoDbException",
                                "throttled");
                    }
                    return waiting();
                });
        // when it starts and a minute passes
        String arn = start("cumbria-2019-03-18-g0", START);
        assertThat(describe(arn).waitingInState()).isEqualTo("WaitBeforeRetick");
        clock.advance(Duration.ofMinutes(1));
        engine.fireDueTimers();
        // then it ticked again and now waits
        assertThat(ticks).hasSize(2);
        assertThat(describe(arn).waitingInState()).isEqualTo("WaitForChangeOrTimer");
    }

    @Test
    void continueAsNew_whenTheNextGenerationAlreadyExists_endsTheExecutionSuccessfully() {
        // given generation 1 was already started (by the reconcile, say) and has ended
        tick(
                payload ->
                        payload.get("generation").asInt() == 0
                                ? restartAsGeneration(1)
                                : decision("END", 0));
        String next =
                start(
                        "cumbria-2019-03-18-g1",
                        "{\"inspectionId\":\"cumbria-2019-03-18\",\"stage\":\"WSOA_DUE\",\"generation\":1,\"loops\":0}");
        assertThat(describe(next).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        // when generation 0 decides to continue as generation 1
        String arn = start("cumbria-2019-03-18-g0", START);
        // then its StartExecution meets ExecutionAlreadyExists, which is taken as done: no retry,
        // no failure
        ExecutionDescription ended = describe(arn);
        assertThat(ended.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(ended.stats().taskInvocations()).isEqualTo(2);
        assertThat(ticks).hasSize(2);
        assertThat(engine.listExecutions(machine, null)).hasSize(2);
    }

    @Test
    void continueAsNew_startsTheNextGenerationWithItsFailureCountAtZero() {
        tick(
                payload ->
                        payload.get("generation").asInt() == 0
                                ? restartAsGeneration(1)
                                : decision("WAIT", 60));
        String arn = start("cumbria-2019-03-18-g0", START);
        assertThat(describe(arn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        engine.fireDueTimers();
        ExecutionDescription next = engine.listExecutions(machine, ExecutionStatus.RUNNING).get(0);
        assertThat(next.name()).isEqualTo("cumbria-2019-03-18-g1");
        assertThat(next.input())
                .isEqualTo(
                        "{\"inspectionId\":\"cumbria-2019-03-18\",\"stage\":\"WSOA_DUE\",\"generation\":1,\"loops\":0,\"failures\":0}");
    }

    private void tick(RecordingInvoker.Function behaviour) {
        functions.on(
                "TickFunction",
                payload -> {
                    ticks.add(clock.instant());
                    tickPayloads.add(payload);
                    return behaviour.apply(payload);
                });
    }

    private static JsonNode decision(String action, long waitSeconds) {
        ObjectNode decision = JsonNodeFactory.instance.objectNode();
        decision.put("action", action)
                .put("waitSeconds", waitSeconds)
                .putNull("nextStage")
                .putNull("nextGeneration");
        decision.put("seenVersion", 3);
        return decision;
    }

    private static JsonNode restartAsGeneration(int generation) {
        ObjectNode decision = (ObjectNode) decision("RESTART", 0);
        return decision.put("nextStage", "WSOA_DUE").put("nextGeneration", generation);
    }

    private static JsonNode waiting() {
        return JsonNodeFactory.instance.objectNode().put("waiting", true);
    }

    private String start(String name, String input) {
        return engine.startExecution(machine, name, input).executionArn();
    }

    private ExecutionDescription describe(String arn) {
        return engine.describeExecution(arn);
    }

    private static List<Long> gapsInSeconds(List<Instant> instants) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < instants.size(); i++) {
            gaps.add(Duration.between(instants.get(i - 1), instants.get(i)).toSeconds());
        }
        return gaps;
    }

    private static String definition() {
        try {
            return Files.readString(DEFINITION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
