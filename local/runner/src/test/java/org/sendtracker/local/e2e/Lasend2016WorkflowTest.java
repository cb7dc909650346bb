package org.sendtracker.local.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole LASEND_2016 case lived through in simulated time, from the report to closure, through
 * the API, the state machine on the local engine, the workflow functions and local SES: exactly
 * which emails went out, to whom, when.
 */
class Lasend2016WorkflowTest {

    private static final String EVENTS = "/api/inspections/testshire-2019-03-18/events";

    @TempDir
    Path dataDir;

    @Test
    void aFullLifecycle_sendsEachReminderOnce_onTime_toTheRightPeople() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2019-03-11T09:00:00Z")) {
            stack.post("/api/areas", Fixtures.TESTSHIRE);
            stack.post("/api/inspections", """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");

            stack.advanceTo("2019-05-14T09:00:00Z");
            stack.post(EVENTS, """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","publishedOn":"2019-05-22","wsoaRequired":true,
                     "weaknesses":["EHC plans","Joint commissioning"]}""");
            stack.advanceTo("2019-08-21T12:00:00Z");
            stack.post(EVENTS, """
                    {"type":"WSOA_SUBMITTED","on":"2019-08-21"}""");
            stack.advanceTo("2019-09-10T10:00:00Z");
            stack.post(EVENTS, """
                    {"type":"WSOA_DECISION","on":"2019-09-10","fitForPurpose":false,"resubmitBy":"2019-10-08"}""");
            stack.advanceTo("2019-10-08T12:00:00Z");
            stack.post(EVENTS, """
                    {"type":"WSOA_SUBMITTED","on":"2019-10-08"}""");
            stack.advanceTo("2019-10-18T10:00:00Z");
            stack.post(EVENTS, """
                    {"type":"WSOA_DECISION","on":"2019-10-18","fitForPurpose":true}""");
            stack.advanceTo("2020-01-20T10:00:00Z");
            stack.post(EVENTS, """
                    {"type":"MONITORING_VISIT","on":"2020-01-20","statuses":{"1":"ON_TRACK","2":"DELAYED"}}""");
            stack.advanceTo("2020-03-02T10:00:00Z");
            stack.post(EVENTS, """
                    {"type":"REVISIT_NOTIFIED","on":"2020-03-02"}""");
            stack.advanceTo("2020-04-20T10:00:00Z");
            stack.post(EVENTS, """
                    {"type":"REVISIT_OUTCOME","on":"2020-04-20","publishedOn":"2020-04-27",
                     "sufficientProgress":{"1":true,"2":false},"appDueOn":"2020-06-30"}""");
            stack.advanceTo("2020-07-07T10:00:00Z");
            stack.post(EVENTS, """
                    {"type":"APP_SUBMITTED","on":"2020-07-07"}""");
            stack.advanceTo("2020-10-27T12:00:00Z");
            var closed = stack.post(EVENTS, """
                    {"type":"PROGRESS_REVIEW_HELD","on":"2020-10-27"}""");
            stack.advanceTo("2021-06-01T00:00:00Z");

            assertThat(closed.get("stage").asText()).isEqualTo("CLOSED");
            assertThat(stack.emails()).containsExactlyElementsOf(EXPECTED);
        }
    }

    static final List<String> EXPECTED = List.of(
            "TODO");
}
