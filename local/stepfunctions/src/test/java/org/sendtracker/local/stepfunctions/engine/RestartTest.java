package org.sendtracker.local.stepfunctions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.sendtracker.local.stepfunctions.testing.RecordingInvoker;
import org.sendtracker.testing.SettableClock;

/** A new engine on the same directory resumes where the old one stopped. */
class RestartTest {

    @TempDir Path directory;
    private final SettableClock clock = SettableClock.at("2024-01-01T00:00:00Z");
    private final RecordingInvoker functions =
            new RecordingInvoker()
                    .on("record", payload -> JsonNodeFactory.instance.textNode("recorded"));

    private StepFunctionsEngine engineOnDirectory() {
        return StepFunctionsEngine.persistent(directory, clock, functions);
    }

    @Test
    void restart_resumesAWaitingExecution_andFiresItsTimerOnce() {
        // given engine A started an execution that waits 10 seconds
        StepFunctionsEngine engineA = engineOnDirectory();
        String machine =
                engineA.createStateMachine(
                        "waiter", Machines.WAIT_TEN_SECONDS_THEN_CALL_RECORD, Map.of());
        String arn = engineA.startExecution(machine, "w1", "{}").executionArn();
        // when engine B starts on the same directory
        StepFunctionsEngine engineB = engineOnDirectory();
        // then the execution still waits there
        assertThat(engineB.describeExecution(arn).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(engineB.describeExecution(arn).waitingInState()).isEqualTo("Pause");
        assertThat(engineB.describeStateMachine(machine).name()).isEqualTo("waiter");
        // and when the clock passes the timer, B fires it once
        clock.advance(Duration.ofSeconds(11));
        assertThat(engineB.fireDueTimers()).isEqualTo(1);
        assertThat(engineB.fireDueTimers()).isZero();
        assertThat(engineB.describeExecution(arn).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        // and a third engine C sees it finished and fires nothing
        StepFunctionsEngine engineC = engineOnDirectory();
        assertThat(engineC.fireDueTimers()).isZero();
        assertThat(engineC.describeExecution(arn).output()).isEqualTo("\"recorded\"");
        assertThat(functions.callsTo("record")).isEqualTo(1);
    }

    @Test
    void restart_keepsATaskTokenWait_andTheOldTokenCompletesIt() {
        // given engine A left an execution waiting for a task token
        AtomicReference<String> token = new AtomicReference<>();
        functions.on(
                "notify-officer",
                payload -> {
                    token.set(payload.get("taskToken").asText());
                    return JsonNodeFactory.instance.objectNode();
                });
        StepFunctionsEngine engineA = engineOnDirectory();
        String machine =
                engineA.createStateMachine(
                        "ask", Machines.ASK_OFFICER_WITH_ONE_HOUR_TIMEOUT, Map.of());
        String arn =
                engineA.startExecution(machine, "case-1", "{\"case\": \"c-1\"}").executionArn();
        // when engine B receives the answer for that token
        StepFunctionsEngine engineB = engineOnDirectory();
        engineB.sendTaskSuccess(token.get(), "{\"approved\": true}");
        // then the execution completes
        assertThat(engineB.describeExecution(arn).output())
                .isEqualTo("{\"case\":\"c-1\",\"decision\":{\"approved\":true}}");
    }

    @Test
    void store_writesOneJsonFilePerStateMachineAndExecution_withoutTemporaryFilesLeft()
            throws IOException {
        StepFunctionsEngine engine = engineOnDirectory();
        String machine =
                engine.createStateMachine(
                        "waiter", Machines.WAIT_TEN_SECONDS_THEN_CALL_RECORD, Map.of());
        engine.startExecution(machine, "w1", "{}");
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(
                            files.filter(Files::isRegularFile)
                                    .map(
                                            p ->
                                                    directory
                                                            .relativize(p)
                                                            .toString()
                                                            .replace('\\', '/')))
                    .containsExactlyInAnyOrder(
                            "state-machines/waiter.json", "executions/waiter/w1.json");
        }
    }
}
