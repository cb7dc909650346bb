package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A board's reports lived through in simulated time (docs/boards.md): each report due is a council
 * deadline, reminded to its owner like any other through the workflow and local SES, and met by
 * recording it presented through the form, after which nothing more is sent for it; one left
 * unpresented is chased once overdue.
 */
class BoardReportWorkflowTest {

    private static final String INSPECTION = "/api/inspections/testshire-2019-03-18";

    @TempDir Path dataDir;

    @Test
    void aBoardReportDue_isRemindedToItsOwner_andRecordingItPresented_meetsIt() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2019-03-11T09:00:00Z")) {
            stack.post("/api/areas", Fixtures.TESTSHIRE);
            stack.post(
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
            stack.advanceTo("2019-05-14T09:00:00Z");
            stack.post(
                    INSPECTION + "/events",
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","publishedOn":"2019-05-22","wsoaRequired":true,
                     "weaknesses":["EHC plans","Joint commissioning"]}""");
            stack.put(
                    INSPECTION + "/boards/improvement-board",
                    """
                    {"name":"SEND Improvement Board","kind":"IMPROVEMENT_BOARD","members":["lead@testshire.example"],
                     "cadence":{"kind":"MEETING_DATES","meetings":["2019-07-10","2019-09-11"]}}""");

            stack.advanceTo("2019-07-11T12:00:00Z");
            int presented =
                    stack.postForm(
                            "/inspections/testshire-2019-03-18/plan/boards/improvement-board/reports",
                            "dueOn=2019-07-10&presentedOn-day=10&presentedOn-month=7"
                                    + "&presentedOn-year=2019&idempotencyKey=first-report"
                                    + "&version="
                                    + stack.get(INSPECTION).get("version").asLong());
            stack.advanceTo("2019-09-26T12:00:00Z");
            int presentedLate =
                    stack.postForm(
                            "/inspections/testshire-2019-03-18/plan/boards/improvement-board/reports",
                            "dueOn=2019-09-11&presentedOn-day=26&presentedOn-month=9"
                                    + "&presentedOn-year=2019&idempotencyKey=second-report"
                                    + "&version="
                                    + stack.get(INSPECTION).get("version").asLong());
            stack.advanceTo("2019-12-02T00:00:00Z");

            assertThat(presented).isEqualTo(303);
            assertThat(presentedLate).isEqualTo(303);
            assertThat(stack.emails().stream().filter(email -> email.contains("oard")).toList())
                    .containsExactlyElementsOf(EXPECTED);
            assertThat(
                            stack.get(INSPECTION + "/plan")
                                    .at("/boards/0/reports/0/presentedOn")
                                    .asText())
                    .isEqualTo("2019-07-10");
        }
    }

    /**
     * At 08:00 in England: each report's reminders at 20, 10, 5 and 1 working days and on the day,
     * to the lead officer who owns it; the first, presented on its day, never chased; the second,
     * not presented by its day, chased every 5 working days, copied to the director it escalates
     * to, until it was recorded presented (late) on 26 September; then nothing. Each subject names
     * the board's report as its rule does (an area may have two boards reporting on one day).
     */
    static final List<String> EXPECTED =
            List.of(
                    "2019-06-12 07:00 | lead@testshire.example |  | [Testshire] Report to the SEND Improvement Board due in 20 working days: 10 July 2019",
                    "2019-06-26 07:00 | lead@testshire.example |  | [Testshire] Report to the SEND Improvement Board due in 10 working days: 10 July 2019",
                    "2019-07-03 07:00 | lead@testshire.example |  | [Testshire] Report to the SEND Improvement Board due in 5 working days: 10 July 2019",
                    "2019-07-09 07:00 | lead@testshire.example |  | [Testshire] Report to the SEND Improvement Board due in 1 working day: 10 July 2019",
                    "2019-07-10 07:00 | lead@testshire.example |  | [Testshire] Report to the SEND Improvement Board due today: 10 July 2019",
                    "2019-08-13 07:00 | lead@testshire.example |  | [Testshire] Report to the SEND Improvement Board due in 20 working days: 11 September 2019",
                    "2019-08-28 07:00 | lead@testshire.example |  | [Testshire] Report to the SEND Improvement Board due in 10 working days: 11 September 2019",
                    "2019-09-04 07:00 | lead@testshire.example |  | [Testshire] Report to the SEND Improvement Board due in 5 working days: 11 September 2019",
                    "2019-09-10 07:00 | lead@testshire.example |  | [Testshire] Report to the SEND Improvement Board due in 1 working day: 11 September 2019",
                    "2019-09-11 07:00 | lead@testshire.example |  | [Testshire] Report to the SEND Improvement Board due today: 11 September 2019",
                    "2019-09-18 07:00 | lead@testshire.example | dcs@testshire.example | [Testshire] Report to the SEND Improvement Board OVERDUE by 7 days: was due 11 September 2019",
                    "2019-09-25 07:00 | lead@testshire.example | dcs@testshire.example | [Testshire] Report to the SEND Improvement Board OVERDUE by 14 days: was due 11 September 2019");
}
