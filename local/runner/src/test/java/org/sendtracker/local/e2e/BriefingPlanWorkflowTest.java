package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.local.ses.Outbox;
import org.sendtracker.local.ses.OutboxMessage;

/**
 * A monitoring visit's briefing, as the workflow sends it, ends with the improvement plan: each
 * measure's latest value against its target and the actions overdue (docs/progress-report.md,
 * "Monitoring-visit briefings"). The composer could say it; the workflow's wiring gave it an empty
 * plan, so no briefing ever did (a probe, stop 27).
 */
class BriefingPlanWorkflowTest {

    private static final String INSPECTION = "/api/inspections/testshire-2019-03-18";

    @TempDir Path dataDir;

    @Test
    void theQuarterlyVisitsBriefing_endsWithTheLatestMeasureAndTheOverdueAction() {
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
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,
                     "weaknesses":["EHC plans","Joint commissioning"]}""");
            stack.advanceTo("2019-08-21T12:00:00Z");
            stack.post(
                    INSPECTION + "/events", "{\"type\":\"WSOA_SUBMITTED\",\"on\":\"2019-08-21\"}");
            stack.advanceTo("2019-10-18T10:00:00Z");
            stack.post(
                    INSPECTION + "/events",
                    "{\"type\":\"WSOA_DECISION\",\"on\":\"2019-10-18\",\"fitForPurpose\":true}");
            // the plan: an action due 1 December, never done; a measure with one value
            stack.post(
                    INSPECTION + "/actions",
                    """
                    {"weakness":1,"title":"Audit every late EHC plan","owner":"Head of SEND","dueOn":"2019-12-01"}""");
            stack.post(
                    INSPECTION + "/measures",
                    """
                    {"weakness":1,"name":"EHC plans within 20 weeks","unit":"%","direction":"HIGHER_IS_BETTER",
                     "baseline":31,"baselineOn":"2019-05-01","target":60}""");
            stack.post(
                    INSPECTION + "/measures/measure-1/values",
                    "{\"on\":\"2019-10-01\",\"value\":42.5}");

            // when the quarterly visit's briefing goes out, ten working days before 18 January
            stack.advanceTo("2020-01-07T12:00:00Z");

            List<OutboxMessage> briefings =
                    stack.system().context().getBean(Outbox.class).messages().stream()
                            .filter(m -> m.subject().endsWith("(briefing)"))
                            .toList();
            assertThat(briefings).isNotEmpty();
            assertThat(briefings.get(0).text())
                    .contains(
                            "EHC plans within 20 weeks: 42.5 % on 1 October 2019 (baseline 31, target 60)")
                    .contains("Audit every late EHC plan (Head of SEND): was due 1 December 2019");
        }
    }
}
