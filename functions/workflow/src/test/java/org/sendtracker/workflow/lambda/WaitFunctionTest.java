package org.sendtracker.workflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.sendtracker.workflow.testing.WorkflowStack.CUMBRIA;
import static org.sendtracker.workflow.testing.WorkflowStack.event;
import static org.sendtracker.workflow.testing.WorkflowStack.json;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.workflow.application.InspectionChangedException;
import org.sendtracker.workflow.application.Workflows;
import org.sendtracker.workflow.testing.StateMachineDefinition;
import org.sendtracker.workflow.testing.WorkflowStack;

/**
 * The state machine's WaitForChangeOrTimer task (waitForTaskToken), fed events/workflow-wait.json.
 */
class WaitFunctionTest {

    private static final InspectionId ID = new InspectionId(CUMBRIA);

    private WorkflowStack stack;
    private WaitFunction waitFunction;
    private String token;

    @BeforeEach
    void start() {
        stack = WorkflowStack.start();
        waitFunction = new WaitFunction(stack.context());
        token = (String) event("workflow-wait.json").get("taskToken");
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void theSampleEvent_hasExactlyTheFieldsTheStateMachineSendsToWait() {
        assertThat(event("workflow-wait.json").keySet())
                .containsExactlyInAnyOrderElementsOf(
                        StateMachineDefinition.payloadFields("WaitForChangeOrTimer"));
    }

    @Test
    void theSampleEvent_keepsTheTaskTokenWhereAnOfficersChangeWillFindIt() {
        // given generation 2 ticked at 08:00 on 14 August 2019 and decided to wait
        generation2Ticked();

        // when
        Map<String, Object> output = waitFunction.handleRequest(event("workflow-wait.json"), null);

        // then
        assertThat(output).isEqualTo(Map.of("waiting", true));
        assertThat(stack.bean(Workflows.class).find(ID))
                .hasValueSatisfying(
                        state -> {
                            assertThat(state.taskToken()).isEqualTo(token).hasSizeGreaterThan(500);
                            assertThat(state.generation()).isEqualTo(2);
                            assertThat(state.nextWakeAt())
                                    .isEqualTo(Instant.parse("2019-08-20T07:00:00Z"));
                        });
    }

    @Test
    void anOfficersChange_wakesTheExecutionWaitingOnTheSampleEventsToken() {
        // given
        generation2Ticked();
        waitFunction.handleRequest(event("workflow-wait.json"), null);

        // when the WSoA is submitted on Friday 16 August 2019
        stack.record(
                Instant.parse("2019-08-16T10:00:00Z"),
                """
                {"type": "WSOA_SUBMITTED", "on": "2019-08-16"}""");

        // then
        assertThat(stack.signals().woken()).containsExactly(token);
    }

    @Test
    void
            theSampleEvent_whenAChangeSlippedInSinceTheTick_failsWithTheErrorTheStateMachineCatchesToTickAgain() {
        // given the WSoA submitted between the tick (which saw version 2) and the wait
        generation2Ticked();
        stack.record(
                Instant.parse("2019-08-14T07:00:04Z"),
                """
                {"type": "WSOA_SUBMITTED", "on": "2019-08-14"}""");

        // when
        Throwable thrown =
                catchThrowable(() -> waitFunction.handleRequest(event("workflow-wait.json"), null));

        // then
        assertThat(thrown)
                .isInstanceOf(InspectionChangedException.class)
                .hasMessage("inspection cumbria-2019-03-18 moved from version 2 to 3");
        assertThat(StateMachineDefinition.caughtErrors("WaitForChangeOrTimer"))
                .contains(thrown.getClass().getName());
    }

    @Test
    void
            anEventWithAFieldTheCodeDoesNotKnow_isRefused_soTheAslAndTheCodeCannotDriftApartSilently() {
        generation2Ticked();
        Map<String, Object> drifted = new HashMap<>(event("workflow-wait.json"));
        drifted.put("seenVersionNumber", 2);

        Throwable thrown = catchThrowable(() -> waitFunction.handleRequest(drifted, null));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"seenVersionNumber\"");
    }

    private void generation2Ticked() {
        stack.cumbriaWithItsWsoaDue();
        TickFunction tick = new TickFunction(stack.context());
        stack.clock().set(Instant.parse("2019-05-14T16:30:01Z"));
        tick.handleRequest(
                json(
                        """
                {"inspectionId": "cumbria-2019-03-18", "stage": "AWAITING_REPORT", "generation": 1, "loops": 0,
                 "executionStartedAt": "2019-03-11T17:30:00.254Z"}"""),
                null);
        stack.clock().set(Instant.parse("2019-08-14T07:00:03Z"));
        tick.handleRequest(event("workflow-tick.json"), null);
    }
}
