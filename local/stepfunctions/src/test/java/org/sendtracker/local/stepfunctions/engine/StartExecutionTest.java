package org.sendtracker.local.stepfunctions.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.local.stepfunctions.ApiError;
import org.sendtracker.local.stepfunctions.ExecutionDescription;
import org.sendtracker.local.stepfunctions.SfnApiException;
import org.sendtracker.local.stepfunctions.StartedExecution;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;

class StartExecutionTest {

    private final EngineFixture fixture = new EngineFixture();
    private final String waiter =
            fixture.machine("waiter", Machines.WAIT_TEN_SECONDS_THEN_CALL_RECORD);

    @Test
    void sameNameAndInput_whileRunning_returnsTheRunningExecution() {
        StartedExecution first = fixture.engine.startExecution(waiter, "inspection-1", "{\"a\":1}");
        StartedExecution again =
                fixture.engine.startExecution(waiter, "inspection-1", "{ \"a\" : 1 }");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void sameNameWithOtherInput_isExecutionAlreadyExists() {
        fixture.engine.startExecution(waiter, "inspection-1", "{\"a\":1}");
        assertThatThrownBy(() -> fixture.engine.startExecution(waiter, "inspection-1", "{\"a\":2}"))
                .isInstanceOfSatisfying(
                        SfnApiException.class,
                        e -> assertThat(e.error()).isEqualTo(ApiError.EXECUTION_ALREADY_EXISTS))
                .hasMessage(
                        "Execution Already Exists: 'arn:aws:states:us-east-1:000000000000:execution:waiter:inspection-1'");
    }

    @Test
    void sameNameAfterTheExecutionEnded_isExecutionAlreadyExists() {
        fixture.engine.startExecution(waiter, "inspection-1", "{}");
        fixture.clock.advance(Duration.ofSeconds(10));
        fixture.engine.fireDueTimers();
        assertThatThrownBy(() -> fixture.engine.startExecution(waiter, "inspection-1", "{}"))
                .isInstanceOfSatisfying(
                        SfnApiException.class,
                        e -> assertThat(e.error()).isEqualTo(ApiError.EXECUTION_ALREADY_EXISTS));
    }

    @Test
    void unknownStateMachine_isStateMachineDoesNotExist() {
        assertThatThrownBy(
                        () ->
                                fixture.engine.startExecution(
                                        "arn:aws:states:us-east-1:000000000000:stateMachine:nope",
                                        null,
                                        "{}"))
                .hasMessage(
                        "State Machine Does Not Exist: 'arn:aws:states:us-east-1:000000000000:stateMachine:nope'");
    }

    @Test
    void invalidName_andInvalidInput_areRefused() {
        assertThatThrownBy(() -> fixture.engine.startExecution(waiter, "has space", "{}"))
                .hasMessage("Invalid Name: 'has space' (character ' ' is not allowed)");
        assertThatThrownBy(() -> fixture.engine.startExecution(waiter, "ok", "{"))
                .isInstanceOfSatisfying(
                        SfnApiException.class,
                        e -> assertThat(e.error()).isEqualTo(ApiError.INVALID_EXECUTION_INPUT));
    }

    @Test
    void missingName_isGenerated() {
        String arn = fixture.engine.startExecution(waiter, null, "{}").executionArn();
        assertThat(arn)
                .matches("arn:aws:states:us-east-1:000000000000:execution:waiter:[0-9a-f-]{36}");
    }

    @Test
    void startExecutionTask_continuesAsNew_andTheNewExecutionRunsAfterTheOldOneEnds() {
        // given a machine whose generation 0 starts generation 1 of itself
        String definition =
                """
        {"StartAt": "Generation", "States": {
          "Generation": {"Type": "Choice", "Choices": [{"Variable": "$.generation", "NumericEquals": 0, "Next": "ContinueAsNew"}], "Default": "Pause"},
          "ContinueAsNew": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
            "Parameters": {"StateMachineArn.$": "$$.StateMachine.Id", "Name": "generation-1", "Input": {"generation": 1}},
            "End": true},
          "Pause": {"Type": "Wait", "Seconds": 60, "End": true}}}
        """;
        String machine = fixture.machine("lifecycle", definition);
        // when generation 0 runs
        String first = fixture.start(machine, "generation-0", "{\"generation\": 0}");
        // then it ended with the new execution's ARN and start date, and generation 1 waits
        assertThat(fixture.describe(first).output())
                .isEqualTo(
                        "{\"ExecutionArn\":\"arn:aws:states:us-east-1:000000000000:execution:lifecycle:generation-1\","
                                + "\"StartDate\":1704067200000}");
        List<ExecutionDescription> executions =
                fixture.engine.listExecutions(machine, ExecutionStatus.RUNNING);
        assertThat(executions)
                .extracting(ExecutionDescription::name)
                .containsExactly("generation-1");
        assertThat(executions.get(0).waitingInState()).isEqualTo("Pause");
    }

    @Test
    void recreatingAStateMachine_updatesItsDefinition_butRunningExecutionsKeepTheirs() {
        String running = fixture.start(waiter, "old-definition", "{}");
        fixture.engine.createStateMachine(
                "waiter",
                "{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Succeed\"}}}",
                Map.of());
        String fresh = fixture.start(waiter, "new-definition", "{}");
        assertThat(fixture.describe(fresh).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        fixture.clock.advance(Duration.ofSeconds(10));
        fixture.engine.fireDueTimers();
        assertThat(fixture.describe(running).output()).isEqualTo("\"recorded\"");
    }

    @Test
    void stopExecution_abortsAWaitingExecution_andItsTimerNeverFires() {
        String arn = fixture.start(waiter, "to-stop", "{}");
        fixture.engine.stopExecution(arn, "Inspection.Withdrawn", "the inspection was cancelled");
        fixture.clock.advance(Duration.ofSeconds(10));
        assertThat(fixture.engine.fireDueTimers()).isZero();
        ExecutionDescription aborted = fixture.describe(arn);
        assertThat(aborted.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(aborted.error()).isEqualTo("Inspection.Withdrawn");
        assertThat(fixture.functions.callsTo("record")).isZero();
    }

    @Test
    void functionThrowingAnException_failsTheTaskWithTheExceptionClassAsError() {
        fixture.functions.on(
                "record",
                payload -> {
                    throw new IllegalStateException("no inspection i-9");
                });
        String arn = fixture.start(fixture.machine("call", Machines.CALL_RECORD), "boom", "{}");
        ExecutionDescription failed = fixture.describe(arn);
        assertThat(failed.error()).isEqualTo("java.lang.IllegalStateException");
        assertThat(failed.cause()).isEqualTo("no inspection i-9");
    }

    @Test
    void invalidDefinition_isRefusedWithTheLoadersMessage() {
        assertThatThrownBy(
                        () ->
                                fixture.machine(
                                        "bad",
                                        "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"End\":true}}}"))
                .isInstanceOfSatisfying(
                        SfnApiException.class,
                        e -> assertThat(e.error()).isEqualTo(ApiError.INVALID_DEFINITION))
                .hasMessage("State \"M\": unsupported state type \"Map\"");
    }
}
