package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AREA_SEND_2023 outcome-3 case, report to closure, in simulated time: exactly which emails went
 * out.
 */
class AreaSend2023WorkflowTest {

    private static final String EVENTS = "/api/inspections/testshire-2023-02-20/events";

    @TempDir Path dataDir;

    @Test
    void
            anOutcomeThreeCase_remindsOfEachPlan_announcesTheMonitoringInspection_andTheEngagementMeetings() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2023-02-06T09:00:00Z")) {
            stack.post("/api/areas", Fixtures.TESTSHIRE);
            stack.post(
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"AREA_SEND_2023","notifiedOn":"2023-02-06","startsOn":"2023-02-20","endsOn":"2023-03-03"}""");

            stack.advanceTo("2023-04-17T09:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REPORT_RECEIVED","on":"2023-04-17","publishedOn":"2023-04-24","outcome":3,
                     "weaknesses":["Leadership and governance","Timeliness of EHC plans"]}""");
            stack.advanceTo("2023-06-05T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"STRATEGIC_PLAN_PUBLISHED","on":"2023-06-05"}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"PRIORITY_ACTION_PLAN_SUBMITTED","on":"2023-06-05"}""");
            stack.advanceTo("2023-07-20T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"PRIORITY_ACTION_PLAN_PUBLISHED","on":"2023-07-20"}""");
            stack.advanceTo("2024-09-02T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"MONITORING_INSPECTION_NOTIFIED","on":"2024-09-02"}""");
            stack.advanceTo("2024-10-21T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"MONITORING_INSPECTION_OUTCOME","on":"2024-10-21","sufficientProgress":{"1":true,"2":true}}""");
            stack.advanceTo("2025-10-21T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"ENGAGEMENT_MEETING_HELD","on":"2025-10-21"}""");
            stack.advanceTo("2026-01-12T10:00:00Z");
            var closed =
                    stack.post(
                            EVENTS,
                            """
                    {"type":"NEXT_INSPECTION_NOTIFIED","on":"2026-01-12"}""");
            stack.advanceTo("2026-12-01T00:00:00Z");

            assertThat(closed.get("stage").asText()).isEqualTo("CLOSED");
            assertThat(stack.emails()).containsExactlyElementsOf(EXPECTED);
        }
    }

    /**
     * The strategic plan (50 days), the priority action plan's submission (35 working days) and
     * publication (70 working days) reminded at 20/10/5/1 working days until each was done; the
     * monitoring inspection's preparation notice when it was notified (its 18-month expectation met
     * by then); the first annual engagement meeting announced with a briefing 10 working days and 1
     * working day before; nothing once closed.
     */
    static final List<String> EXPECTED =
            List.of(
                    "2023-05-05 07:00 | lead@testshire.example |  | [Testshire] Strategic plan update and publication due in 20 working days: 6 June 2023",
                    "2023-05-10 07:00 | lead@testshire.example |  | [Testshire] Priority action plan submission due in 20 working days: 8 June 2023",
                    "2023-05-22 07:00 | lead@testshire.example |  | [Testshire] Strategic plan update and publication due in 10 working days: 6 June 2023",
                    "2023-05-24 07:00 | lead@testshire.example |  | [Testshire] Priority action plan submission due in 10 working days: 8 June 2023",
                    "2023-05-30 07:00 | lead@testshire.example |  | [Testshire] Strategic plan update and publication due in 5 working days: 6 June 2023",
                    "2023-06-01 07:00 | lead@testshire.example |  | [Testshire] Priority action plan submission due in 5 working days: 8 June 2023",
                    "2023-06-05 07:00 | lead@testshire.example |  | [Testshire] Strategic plan update and publication due in 1 working day: 6 June 2023",
                    "2023-06-29 07:00 | lead@testshire.example |  | [Testshire] Priority action plan publication due in 20 working days: 27 July 2023",
                    "2023-07-13 07:00 | lead@testshire.example |  | [Testshire] Priority action plan publication due in 10 working days: 27 July 2023",
                    "2023-07-20 07:00 | lead@testshire.example |  | [Testshire] Priority action plan publication due in 5 working days: 27 July 2023",
                    "2024-09-02 10:00 | lead@testshire.example | dcs@testshire.example,nhs@testshire.example,ceo@testshire.example | [Testshire] Monitoring inspection notified: inspectors arrive 16 September 2024",
                    "2025-10-07 07:00 | lead@testshire.example | dcs@testshire.example | [Testshire] Annual engagement meeting expected in 10 working days: 21 October 2025 (briefing)",
                    "2025-10-20 07:00 | lead@testshire.example | dcs@testshire.example | [Testshire] Annual engagement meeting expected in 1 working day: 21 October 2025 (briefing)");
}
