package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections and withdrawals through the whole local system (docs/corrections-plan.md): the
 * workflow is woken as by any officer's change, so its reminders follow the corrected dates.
 */
class CorrectionsWorkflowTest {

    private static final String INSPECTION = "/api/inspections/testshire-2022-12-05";
    private static final String EVENTS = INSPECTION + "/events";

    @TempDir Path dataDir;

    @Test
    void correctingTheReportReceivedDate_movesTheWsoaDueDate_andTheRemindersFollowIt() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2026-11-23T09:00:00Z")) {
            // given a report recorded as received Thursday 27 August 2026: WSoA due 4 December
            aTestshireInspectionWithItsReportReceived(stack);

            // when the received date is corrected to Tuesday 1 September
            JsonNode corrected =
                    stack.post(
                            EVENTS,
                            """
                    {"type":"CORRECTION","corrects":2,"reason":"The letter arrived after the bank holiday","fields":{"on":"2026-09-01"}}""");
            stack.advanceTo("2026-12-09T12:00:00Z");

            // then the WSoA is due 8 December, and every reminder names that date
            assertThat(corrected.at("/deadlines/0/dueOn").asText()).isEqualTo("2026-12-08");
            assertThat(stack.emails())
                    .isNotEmpty()
                    .allSatisfy(email -> assertThat(email).contains("8 December 2026"))
                    .noneSatisfy(email -> assertThat(email).contains("4 December 2026"));
        }
    }

    @Test
    void withdrawingTheWsoaSubmission_reopensTheDeadline_andItsRemindersResume() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2026-11-23T09:00:00Z")) {
            aTestshireInspectionWithItsReportReceived(stack);
            stack.post(
                    EVENTS,
                    """
                    {"type":"WSOA_SUBMITTED","on":"2026-11-20"}""");
            stack.advanceTo("2026-11-24T09:00:00Z");
            assertThat(stack.emails()).isEmpty();

            JsonNode withdrawn =
                    stack.post(
                            EVENTS,
                            """
                    {"type":"WITHDRAWAL","withdraws":3,"reason":"The draft was sent, not the statement"}""");
            stack.advanceTo("2026-12-04T12:00:00Z");

            assertThat(withdrawn.get("stage").asText()).isEqualTo("WSOA_DUE");
            assertThat(withdrawn.at("/deadlines/0/status").asText()).isEqualTo("OPEN");
            assertThat(stack.emails())
                    .isNotEmpty()
                    .allSatisfy(email -> assertThat(email).contains("4 December 2026"));
        }
    }

    @Test
    void withdrawingTheStepThatClosedTheInspection_startsItsWorkflowAgain() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2026-11-23T09:00:00Z")) {
            aTestshireInspection(stack);
            stack.post(
                    EVENTS,
                    """
                    {"type":"REPORT_RECEIVED","on":"2026-08-27","wsoaRequired":false}""");
            stack.advanceTo("2026-11-24T09:00:00Z");

            stack.post(
                    EVENTS,
                    """
                    {"type":"WITHDRAWAL","withdraws":2,"reason":"Recorded from the draft letter"}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REPORT_RECEIVED","on":"2026-08-27","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
            stack.advanceTo("2026-12-04T12:00:00Z");

            assertThat(stack.get(INSPECTION).get("stage").asText()).isEqualTo("WSOA_DUE");
            assertThat(stack.emails())
                    .isNotEmpty()
                    .allSatisfy(email -> assertThat(email).contains("4 December 2026"));
        }
    }

    private static void aTestshireInspection(SimulatedStack stack) {
        stack.post("/api/areas", Fixtures.TESTSHIRE);
        stack.post(
                "/api/inspections",
                """
                {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2022-11-28","startsOn":"2022-12-05","endsOn":"2022-12-09"}""");
    }

    private static void aTestshireInspectionWithItsReportReceived(SimulatedStack stack) {
        aTestshireInspection(stack);
        stack.post(
                EVENTS,
                """
                {"type":"REPORT_RECEIVED","on":"2026-08-27","wsoaRequired":true,"weaknesses":["EHC plans","Joint commissioning"]}""");
    }
}
