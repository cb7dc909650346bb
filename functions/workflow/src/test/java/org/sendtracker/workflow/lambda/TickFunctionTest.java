package org.sendtracker.workflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.workflow.testing.WorkflowStack.CUMBRIA;
import static org.sendtracker.workflow.testing.WorkflowStack.asJson;
import static org.sendtracker.workflow.testing.WorkflowStack.event;
import static org.sendtracker.workflow.testing.WorkflowStack.json;
import static org.sendtracker.workflow.testing.WorkflowStack.tree;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.workflow.application.TickInput;
import org.sendtracker.workflow.application.WorkflowState;
import org.sendtracker.workflow.application.Workflows;
import org.sendtracker.workflow.testing.RecordingSignals;
import org.sendtracker.workflow.testing.StandardOutput;
import org.sendtracker.workflow.testing.StateMachineDefinition;
import org.sendtracker.workflow.testing.WorkflowStack;

/** The state machine's Tick task, fed events/workflow-tick.json over DynamoDB Local. */
class TickFunctionTest {

    private static final InspectionId ID = new InspectionId(CUMBRIA);

    private WorkflowStack stack;
    private TickFunction tick;

    @BeforeEach
    void start() {
        stack = WorkflowStack.start();
        tick = new TickFunction(stack.context());
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void theSampleEvent_hasExactlyTheFieldsTheStateMachineSendsToTick() {
        assertThat(event("workflow-tick.json").keySet())
                .containsExactlyInAnyOrderElementsOf(StateMachineDefinition.payloadFields("Tick"));
    }

    @Test
    void theOutput_hasEveryFieldTheStateMachineReadsFromIt() {
        // given
        stack.cumbriaWithItsWsoaDue();

        // when
        Map<String, Object> output = tick.handleRequest(event("workflow-tick.json"), null);

        // then
        assertThat(output)
                .containsKeys(
                        StateMachineDefinition.resultFieldsRead("Tick").toArray(String[]::new));
    }

    @Test
    void theFirstExecution_onceTheReportIsRecorded_continuesAsGeneration2InStageWsoaDue() {
        // given the inspection's creation started generation 1 for AWAITING_REPORT
        stack.cumbriaWithItsWsoaDue();
        assertThat(stack.signals().started())
                .containsExactly(
                        new RecordingSignals.Started(
                                "cumbria-2019-03-18-g1",
                                new TickInput(CUMBRIA, Stage.AWAITING_REPORT, 1, 0)));

        // when the report's change wakes it, a second after it was recorded
        stack.clock().set(Instant.parse("2019-05-14T16:30:01Z"));
        Map<String, Object> output =
                tick.handleRequest(
                        json(
                                """
                {"inspectionId": "cumbria-2019-03-18", "stage": "AWAITING_REPORT", "generation": 1, "loops": 0,
                 "executionStartedAt": "2019-03-11T17:30:00.254Z"}"""),
                        null);

        // then
        assertThat(asJson(output))
                .isEqualTo(
                        tree(
                                """
                {"action": "RESTART", "waitSeconds": 0, "wakeAt": null, "nextStage": "WSOA_DUE", "nextGeneration": 2,
                 "seenVersion": 2, "sent": 0, "failed": 0}"""));
        assertThat(stack.bean(Workflows.class).find(ID))
                .hasValueSatisfying(
                        state -> {
                            assertThat(state.generation()).isEqualTo(2);
                            assertThat(state.stage()).isEqualTo(Stage.WSOA_DUE);
                            assertThat(state.ended()).isFalse();
                        });
    }

    @Test
    void
            theSampleEvent_onTheMorningOfTheFiveDayReminder_sendsIt_recordsItInTheLedger_andWaitsForTheNextPoint() {
        // given generation 2 running in stage WSOA_DUE (the WSoA is due Wednesday 21 August 2019)
        generation2Running();

        // when Step Functions ticks at 08:00:03 BST on Wednesday 14 August
        stack.clock().set(Instant.parse("2019-08-14T07:00:03Z"));
        Map<String, Object> output = tick.handleRequest(event("workflow-tick.json"), null);

        // then: the next point is 1 working day before, Tuesday 20 August at 08:00 BST
        assertThat(asJson(output))
                .isEqualTo(
                        tree(
                                """
                {"action": "WAIT", "waitSeconds": 518397, "wakeAt": "2019-08-20T07:00:00Z", "nextStage": "WSOA_DUE",
                 "nextGeneration": 2, "seenVersion": 2, "sent": 1, "failed": 0}"""));
        assertThat(stack.mailer().sent())
                .singleElement()
                .satisfies(
                        email -> {
                            assertThat(email.to()).containsExactly("send.lead@cumbria.gov.uk");
                            assertThat(email.cc()).isEmpty();
                            assertThat(email.subject())
                                    .isEqualTo(
                                            "[Cumbria] Written Statement of Action submission due in 5 working days: 21 August 2019");
                            assertThat(email.text())
                                    .endsWith(
                                            "Open the inspection in the tracker: https://sendtracker.example.gov.uk/inspections/cumbria-2019-03-18\n");
                        });
        assertThat(stack.bean(NoticeLedger.class).emails(ID))
                .containsExactly(
                        new SentEmail(
                                "REMINDER#WSOA_SUBMISSION#2019-08-21#before-5",
                                SentEmail.Status.SENT,
                                Instant.parse("2019-08-14T07:00:03Z"),
                                List.of("send.lead@cumbria.gov.uk"),
                                List.of(),
                                "[Cumbria] Written Statement of Action submission due in 5 working days: 21 August 2019",
                                "0100018c2a7e0001-7d1b2c3a-5e6f-4a8b-9c0d-1e2f3a4b5c6d-000000",
                                null,
                                1,
                                null));
        assertThat(stack.bean(Workflows.class).find(ID))
                .contains(
                        WorkflowState.sleeping(
                                ID,
                                2,
                                Stage.WSOA_DUE,
                                2,
                                Instant.parse("2019-08-20T07:00:00Z"),
                                Instant.parse("2019-08-14T07:00:03Z")));
    }

    @Test
    void theSampleEvent_flushesItsMetrics_inCloudWatchEmbeddedMetricFormat() {
        // given the five-day reminder falls due at 08:00 BST on 14 August
        generation2Running();
        stack.clock().set(Instant.parse("2019-08-14T07:00:03Z"));

        Instant plannedWake = stack.bean(Workflows.class).find(ID).orElseThrow().nextWakeAt();

        // when Step Functions ticks
        List<JsonNode> documents =
                StandardOutput.emfDocuments(
                        StandardOutput.linesOf(
                                () -> tick.handleRequest(event("workflow-tick.json"), null)));

        // then one EMF document: namespace SendTracker, dimension Service, the counts and how late
        // it woke
        assertThat(documents).hasSize(1);
        JsonNode emf = documents.get(0);
        assertThat(emf.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("SendTracker");
        assertThat(emf.at("/_aws/CloudWatchMetrics/0/Dimensions/0").toString())
                .isEqualTo("[\"Service\"]");
        assertThat(emf.get("Service").asText()).isEqualTo("sendtracker");
        assertThat(emf.at("/_aws/CloudWatchMetrics/0/Metrics").toString())
                .contains(
                        "{\"Name\":\"WakeLatency\",\"Unit\":\"Milliseconds\"}",
                        "{\"Name\":\"EmailsSent\",\"Unit\":\"Count\"}");
        assertThat(emf.get("Ticks").asDouble()).isEqualTo(1);
        assertThat(emf.get("RemindersDue").asDouble()).isEqualTo(1);
        assertThat(emf.get("EmailsSent").asDouble()).isEqualTo(1);
        assertThat(emf.get("EmailsFailed").asDouble()).isEqualTo(0);
        assertThat(emf.get("WakeLatency").asLong())
                .isEqualTo(
                        Duration.between(plannedWake, Instant.parse("2019-08-14T07:00:03Z"))
                                .toMillis());
    }

    @Test
    void withAMetricsFileNamed_theDocumentGoesThere_andNotToStandardOutput(@TempDir Path folder)
            throws IOException {
        // given the local runner names a metrics file (its console stays readable)
        generation2Running();
        stack.clock().set(Instant.parse("2019-08-14T07:00:03Z"));
        Path file = folder.resolve("metrics.jsonl");
        System.setProperty(FunctionMetrics.METRICS_FILE, file.toString());
        List<String> printed;
        try {
            // when Step Functions ticks
            printed =
                    StandardOutput.linesOf(
                            () -> tick.handleRequest(event("workflow-tick.json"), null));
        } finally {
            System.clearProperty(FunctionMetrics.METRICS_FILE);
        }

        // then the EMF document is in the file, one a line, and nothing of it was printed
        assertThat(StandardOutput.emfDocuments(printed)).isEmpty();
        List<JsonNode> documents = StandardOutput.emfDocuments(Files.readAllLines(file));
        assertThat(documents).hasSize(1);
        assertThat(documents.get(0).get("EmailsSent").asDouble()).isEqualTo(1);
    }

    @Test
    void theSampleEvent_retriedByStepFunctions_sendsNothingTwice() {
        // given the tick ran once, and Step Functions retries it (the first response was lost)
        generation2Running();
        stack.clock().set(Instant.parse("2019-08-14T07:00:03Z"));
        tick.handleRequest(event("workflow-tick.json"), null);

        // when
        stack.clock().set(Instant.parse("2019-08-14T07:00:08Z"));
        Map<String, Object> retried = tick.handleRequest(event("workflow-tick.json"), null);

        // then
        assertThat(retried).containsEntry("action", "WAIT").containsEntry("sent", 0);
        assertThat(stack.mailer().sent()).hasSize(1);
        assertThat(stack.bean(NoticeLedger.class).emails(ID)).hasSize(1);
    }

    @Test
    void
            theSampleEvent_afterTheWsoaWasSubmitted_continuesInStageWsoaUnderReview_withoutRemindingOfTheMetDeadline() {
        // given the WSoA submitted on Tuesday 13 August 2019
        generation2Running();
        stack.record(
                Instant.parse("2019-08-13T15:00:00Z"),
                """
                {"type": "WSOA_SUBMITTED", "on": "2019-08-13"}""");

        // when
        stack.clock().set(Instant.parse("2019-08-14T07:00:03Z"));
        Map<String, Object> output = tick.handleRequest(event("workflow-tick.json"), null);

        // then
        assertThat(asJson(output))
                .isEqualTo(
                        tree(
                                """
                {"action": "RESTART", "waitSeconds": 0, "wakeAt": null, "nextStage": "WSOA_UNDER_REVIEW", "nextGeneration": 3,
                 "seenVersion": 3, "sent": 0, "failed": 0}"""));
        assertThat(stack.mailer().sent()).isEmpty();
    }

    @Test
    void theSampleEvent_fromAGenerationTheReconcileReplaced_ends() {
        // given generation 3 is current
        generation2Running();
        stack.bean(Workflows.class)
                .save(
                        WorkflowState.sleeping(
                                ID,
                                3,
                                Stage.WSOA_DUE,
                                2,
                                Instant.parse("2019-08-14T07:00:00Z"),
                                Instant.parse("2019-08-13T05:00:00Z")));

        // when generation 2 (the sample event) ticks after all
        stack.clock().set(Instant.parse("2019-08-14T07:00:03Z"));
        Map<String, Object> output = tick.handleRequest(event("workflow-tick.json"), null);

        // then
        assertThat(output).containsEntry("action", "END");
        assertThat(stack.mailer().sent()).isEmpty();
    }

    /**
     * Cumbria's WSoA due, and the first execution continued as generation 2 (what the sample event
     * belongs to).
     */
    private void generation2Running() {
        stack.cumbriaWithItsWsoaDue();
        stack.clock().set(Instant.parse("2019-05-14T16:30:01Z"));
        tick.handleRequest(
                json(
                        """
                {"inspectionId": "cumbria-2019-03-18", "stage": "AWAITING_REPORT", "generation": 1, "loops": 0,
                 "executionStartedAt": "2019-03-11T17:30:00.254Z"}"""),
                null);
    }
}
