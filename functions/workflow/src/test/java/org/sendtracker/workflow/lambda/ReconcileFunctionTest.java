package org.sendtracker.workflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.workflow.testing.WorkflowStack.CUMBRIA;
import static org.sendtracker.workflow.testing.WorkflowStack.asJson;
import static org.sendtracker.workflow.testing.WorkflowStack.event;
import static org.sendtracker.workflow.testing.WorkflowStack.json;
import static org.sendtracker.workflow.testing.WorkflowStack.tree;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.workflow.application.TickInput;
import org.sendtracker.workflow.application.Workflows;
import org.sendtracker.workflow.testing.RecordingSignals;
import org.sendtracker.workflow.testing.WorkflowStack;

/**
 * The hourly reconcile, fed the explicit input its schedule sends (template.yaml), as in
 * events/workflow-reconcile.json.
 */
class ReconcileFunctionTest {

    private static final InspectionId ID = new InspectionId(CUMBRIA);

    /** When the schedule runs in these tests: 06:00 BST on Thursday 25 July 2019. */
    private static final Instant SCHEDULED = Instant.parse("2019-07-25T05:00:00Z");

    private WorkflowStack stack;
    private ReconcileFunction reconcile;
    private TickFunction tick;

    @BeforeEach
    void start() {
        stack = WorkflowStack.start();
        reconcile = new ReconcileFunction(stack.context());
        tick = new TickFunction(stack.context());
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void theSampleEvent_restartsAWorkflowWhoseTimerWasLost_asTheNextGeneration() {
        // given generation 2 meant to wake at 08:00 on Wednesday 24 July 2019, and never did
        generation2WaitingUntil24July();
        stack.clock().set(SCHEDULED);

        // when
        Map<String, Object> output =
                reconcile.handleRequest(event("workflow-reconcile.json"), null);

        // then
        assertThat(asJson(output))
                .isEqualTo(
                        tree(
                                """
                {"restarted": ["cumbria-2019-03-18"]}"""));
        assertThat(stack.signals().started())
                .last()
                .isEqualTo(
                        new RecordingSignals.Started(
                                "cumbria-2019-03-18-g3",
                                new TickInput(CUMBRIA, Stage.WSOA_DUE, 3, 0)));
        assertThat(stack.bean(Workflows.class).find(ID))
                .hasValueSatisfying(state -> assertThat(state.generation()).isEqualTo(3));
    }

    @Test
    void aScheduleThatDeliversANullPayload_reconcilesAllTheSame() {
        // given
        generation2WaitingUntil24July();
        stack.clock().set(SCHEDULED);

        // when the Lambda runtime hands over the JSON payload null
        Map<String, Object> output = reconcile.handleRequest(null, null);

        // then
        assertThat(asJson(output))
                .isEqualTo(
                        tree(
                                """
                {"restarted": ["cumbria-2019-03-18"]}"""));
    }

    @Test
    void theSampleEventDeliveredTwice_restartsNothingTheSecondTime() {
        // given
        generation2WaitingUntil24July();
        stack.clock().set(SCHEDULED);
        reconcile.handleRequest(event("workflow-reconcile.json"), null);

        // when EventBridge Scheduler delivers the same event again
        stack.clock().set(SCHEDULED.plusSeconds(40));
        Map<String, Object> again = reconcile.handleRequest(event("workflow-reconcile.json"), null);

        // then
        assertThat(asJson(again))
                .isEqualTo(
                        tree(
                                """
                {"restarted": []}"""));
        assertThat(stack.signals().started()).hasSize(2);
    }

    @Test
    void theSampleEvent_leavesAWorkflowThatIsWaitingForALaterTime() {
        // given generation 2 waits until 24 July; the reconcile runs at 06:00 on Monday 22 July
        generation2WaitingUntil24July();
        stack.clock().set(Instant.parse("2019-07-22T05:00:00Z"));

        // when
        Map<String, Object> output =
                reconcile.handleRequest(event("workflow-reconcile.json"), null);

        // then
        assertThat(asJson(output))
                .isEqualTo(
                        tree(
                                """
                {"restarted": []}"""));
        assertThat(stack.bean(Workflows.class).find(ID))
                .hasValueSatisfying(state -> assertThat(state.generation()).isEqualTo(2));
    }

    @Test
    void
            theReplacedGeneration_endsWhenItWakesAfterAll_andTheRestartedOneSendsTheLateReminderOnce() {
        // given the reconcile restarted Cumbria as generation 3
        generation2WaitingUntil24July();
        stack.clock().set(SCHEDULED);
        reconcile.handleRequest(event("workflow-reconcile.json"), null);

        // when both generations tick
        stack.clock().set(SCHEDULED.plusSeconds(2));
        Map<String, Object> replaced =
                tick.handleRequest(
                        json(
                                """
                {"inspectionId": "cumbria-2019-03-18", "stage": "WSOA_DUE", "generation": 2, "loops": 2,
                 "executionStartedAt": "2019-05-14T16:30:01.482Z"}"""),
                        null);
        Map<String, Object> current =
                tick.handleRequest(
                        json(
                                """
                {"inspectionId": "cumbria-2019-03-18", "stage": "WSOA_DUE", "generation": 3, "loops": 0,
                 "executionStartedAt": "2019-07-25T05:00:00.731Z"}"""),
                        null);

        // then: the 20-working-day reminder of 24 July goes out a day late, once, saying 19 working
        // days are left
        assertThat(replaced).containsEntry("action", "END");
        assertThat(current).containsEntry("action", "WAIT").containsEntry("sent", 1);
        assertThat(stack.mailer().sent())
                .extracting(email -> email.subject())
                .containsExactly(
                        "[Cumbria] Written Statement of Action submission due in 19 working days: 21 August 2019");
    }

    private void generation2WaitingUntil24July() {
        stack.cumbriaWithItsWsoaDue();
        stack.clock().set(Instant.parse("2019-05-14T16:30:01Z"));
        tick.handleRequest(
                json(
                        """
                {"inspectionId": "cumbria-2019-03-18", "stage": "AWAITING_REPORT", "generation": 1, "loops": 0,
                 "executionStartedAt": "2019-03-11T17:30:00.254Z"}"""),
                null);
        stack.clock().set(Instant.parse("2019-07-20T09:00:00Z"));
        tick.handleRequest(
                json(
                        """
                {"inspectionId": "cumbria-2019-03-18", "stage": "WSOA_DUE", "generation": 2, "loops": 1,
                 "executionStartedAt": "2019-05-14T16:30:01.482Z"}"""),
                null);
    }
}
