package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An area entering a 2019 inspection with all its history today must not get a burst of old
 * reminders.
 */
class NoStaleRemindersTest {

    private static final String EVENTS = "/api/inspections/testshire-2019-03-18/events";

    @TempDir Path dataDir;

    @Test
    void
            recordingA2019InspectionToday_sendsNoReminderForPointsThatHadPassed_butRemindsOfWhatIsStillAhead() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2026-11-23T09:00:00Z")) {
            stack.post("/api/areas", Fixtures.TESTSHIRE);
            stack.post(
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans","Joint commissioning"]}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"WSOA_SUBMITTED","on":"2019-08-21"}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"WSOA_DECISION","on":"2019-10-18","fitForPurpose":true}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"MONITORING_VISIT","on":"2020-01-20","statuses":{"1":"ON_TRACK"}}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REVISIT_NOTIFIED","on":"2020-03-02"}""");
            var inAcceleratedProgress =
                    stack.post(
                            EVENTS,
                            """
                    {"type":"REVISIT_OUTCOME","on":"2020-04-20","sufficientProgress":{"1":true,"2":false},"appDueOn":"2020-06-30"}""");

            stack.advanceTo("2027-01-31T12:00:00Z");

            assertThat(inAcceleratedProgress.get("deadlines").toString())
                    .contains("\"status\":\"OVERDUE\"");
            assertThat(stack.emails()).isEmpty();
        }
    }

    @Test
    void anOverrideRecordedToday_remindsOfTheNewDate_onlyAtPointsStillAhead() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2026-11-23T09:00:00Z")) {
            stack.post("/api/areas", Fixtures.TESTSHIRE);
            stack.post(
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_SUBMISSION","dueOn":"2026-12-04","reason":"Extension agreed with Ofsted"}""");

            stack.advanceTo("2026-12-04T12:00:00Z");

            assertThat(stack.emails())
                    .containsExactly(
                            "2026-11-27 08:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due in 5 working days: 4 December 2026",
                            "2026-12-03 08:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due in 1 working day: 4 December 2026",
                            "2026-12-04 08:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due today: 4 December 2026");
        }
    }

    @Test
    void movingTheClockOnInOneStep_firesEachTimerAtItsOwnTime_asIfTheDaysHadBeenLivedThrough() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2026-11-23T09:00:00Z")) {
            stack.post("/api/areas", Fixtures.TESTSHIRE);
            stack.post(
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
            stack.post(
                    EVENTS,
                    """
                    {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_SUBMISSION","dueOn":"2026-12-04","reason":"Extension agreed with Ofsted"}""");

            var moved =
                    stack.post(
                            "/local/clock",
                            """
                    {"advance":"P11D"}""");

            assertThat(moved.get("now").asText()).startsWith("2026-12-04T09:0");
            assertThat(stack.emails())
                    .containsExactly(
                            "2026-11-27 08:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due in 5 working days: 4 December 2026",
                            "2026-12-03 08:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due in 1 working day: 4 December 2026",
                            "2026-12-04 08:00 | lead@testshire.example |  | [Testshire] Written Statement of Action submission due today: 4 December 2026");
        }
    }
}
