package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole LASEND_2016 case lived through in simulated time, from the report to closure, through the
 * API, the state machine on the local engine, the workflow functions and local SES: exactly which
 * emails went out, to whom, when.
 */
class Lasend2016WorkflowTest {

    private static final String EVENTS = "/api/inspections/testshire-2019-03-18/events";

    @TempDir Path dataDir;

    @Test
    void aFullLifecycle_sendsEachReminderOnce_onTime_toTheRightPeople() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2019-03-11T09:00:00Z")) {
            stack.post("/api/areas", Fixtures.TESTSHIRE);
            stack.post(
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");

            stack.advanceTo("2019-05-14T09:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","publishedOn":"2019-05-22","wsoaRequired":true,
                     "weaknesses":["EHC plans","Joint commissioning"]}""");
            stack.advanceTo("2019-08-21T12:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"WSOA_SUBMITTED","on":"2019-08-21"}""");
            stack.advanceTo("2019-09-10T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"WSOA_DECISION","on":"2019-09-10","fitForPurpose":false,"resubmitBy":"2019-10-08"}""");
            stack.advanceTo("2019-10-08T12:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"WSOA_SUBMITTED","on":"2019-10-08"}""");
            stack.advanceTo("2019-10-18T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"WSOA_DECISION","on":"2019-10-18","fitForPurpose":true}""");
            stack.advanceTo("2020-01-20T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"MONITORING_VISIT","on":"2020-01-20","statuses":{"1":"ON_TRACK","2":"DELAYED"}}""");
            stack.advanceTo("2020-03-02T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REVISIT_NOTIFIED","on":"2020-03-02"}""");
            stack.advanceTo("2020-04-20T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REVISIT_OUTCOME","on":"2020-04-20","publishedOn":"2020-04-27",
                     "sufficientProgress":{"1":true,"2":false},"appDueOn":"2020-06-30"}""");
            stack.advanceTo("2020-07-07T10:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"APP_SUBMITTED","on":"2020-07-07"}""");
            stack.advanceTo("2020-10-27T12:00:00Z");
            var closed =
                    stack.post(
                            EVENTS,
                            """
                    {"type":"PROGRESS_REVIEW_HELD","on":"2020-10-27"}""");
            stack.advanceTo("2021-06-01T00:00:00Z");

            assertThat(closed.get("stage").asText()).isEqualTo("CLOSED");
            assertThat(stack.emails()).containsExactlyElementsOf(EXPECTED);
        }
    }

    /**
     * At 08:00 in England (07:00 UTC in summer): the WSoA's 20/10/5/1 working days before and on
     * the day; the resubmission's, its 20-day point sent the moment it was recorded; the quarterly
     * review announced with a briefing 10 working days and 1 working day before (the review falls
     * on a Saturday; no overdue chasing for a visit); the revisit's preparation notice when it was
     * notified, the next review then cancelled; the APP's reminders and, a week late, the overdue
     * one copied to the senior roles; the formal progress review's two briefings; then nothing once
     * closed.
     */
    static final List<String> EXPECTED =
            List.of(
                    "2019-07-24 07:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due in 20 working days: 21 August 2019",
                    "2019-08-07 07:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due in 10 working days: 21 August 2019",
                    "2019-08-14 07:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due in 5 working days: 21 August 2019",
                    "2019-08-20 07:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due in 1 working day: 21 August 2019",
                    "2019-08-21 07:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due today: 21 August 2019",
                    "2019-09-10 10:00 | lead@testshire.example |  | [Testshire] Written Statement of Action resubmission due in 20 working days: 8 October 2019",
                    "2019-09-24 07:00 | lead@testshire.example |  | [Testshire] Written Statement of Action resubmission due in 10 working days: 8 October 2019",
                    "2019-10-01 07:00 | lead@testshire.example |  | [Testshire] Written Statement of Action resubmission due in 5 working days: 8 October 2019",
                    "2019-10-07 07:00 | lead@testshire.example |  | [Testshire] Written Statement of Action resubmission due in 1 working day: 8 October 2019",
                    "2019-10-08 07:00 | lead@testshire.example |  | [Testshire] Written Statement of Action resubmission due today: 8 October 2019",
                    "2020-01-06 08:00 | lead@testshire.example | dcs@testshire.example,nhs@testshire.example | [Testshire] DfE and NHS England monitoring visit expected in 9 working days: 18 January 2020 (briefing)",
                    "2020-01-17 08:00 | lead@testshire.example | dcs@testshire.example,nhs@testshire.example | [Testshire] DfE and NHS England monitoring visit expected Saturday: 18 January 2020 (briefing)",
                    "2020-03-02 10:00 | lead@testshire.example | dcs@testshire.example,nhs@testshire.example,ceo@testshire.example | [Testshire] Revisit notified: inspectors arrive 16 March 2020",
                    "2020-06-02 07:00 | lead@testshire.example |  | [Testshire] Accelerated Progress Plan submission due in 20 working days: 30 June 2020",
                    "2020-06-16 07:00 | lead@testshire.example |  | [Testshire] Accelerated Progress Plan submission due in 10 working days: 30 June 2020",
                    "2020-06-23 07:00 | lead@testshire.example |  | [Testshire] Accelerated Progress Plan submission due in 5 working days: 30 June 2020",
                    "2020-06-29 07:00 | lead@testshire.example |  | [Testshire] Accelerated Progress Plan submission due in 1 working day: 30 June 2020",
                    "2020-06-30 07:00 | lead@testshire.example |  | [Testshire] Accelerated Progress Plan submission due today: 30 June 2020",
                    "2020-07-07 07:00 | lead@testshire.example | dcs@testshire.example,nhs@testshire.example,ceo@testshire.example | [Testshire] Accelerated Progress Plan submission OVERDUE by 7 days: was due 30 June 2020",
                    "2020-10-13 07:00 | lead@testshire.example | dcs@testshire.example,nhs@testshire.example | [Testshire] Formal progress review expected in 10 working days: 27 October 2020 (briefing)",
                    "2020-10-26 08:00 | lead@testshire.example | dcs@testshire.example,nhs@testshire.example | [Testshire] Formal progress review expected in 1 working day: 27 October 2020 (briefing)");
}
