package org.sendtracker.http.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * An AREA_SEND_2023 inspection with outcome 3 walked through the JSON API to closure
 * (docs/domain-rules.md §1.2, §3).
 */
class AreaSend2023LifecycleApiTest {

    private static final List<String> AREA_SEND_2023_EVENTS =
            List.of(
                    "REPORT_RECEIVED",
                    "MONITORING_VISIT",
                    "STRATEGIC_PLAN_PUBLISHED",
                    "PRIORITY_ACTION_PLAN_SUBMITTED",
                    "PRIORITY_ACTION_PLAN_PUBLISHED",
                    "ENGAGEMENT_MEETING_HELD",
                    "MONITORING_INSPECTION_NOTIFIED",
                    "MONITORING_INSPECTION_OUTCOME",
                    "NEXT_INSPECTION_NOTIFIED",
                    "DEADLINE_OVERRIDDEN");

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void
            outcomeThreeInspection_walksFromPriorityActionPlanToClosed_refusingInEachStageTheEventsItDoesNotAllow() {
        // given an area notified on Monday 5 June 2023, inspectors on site 10 working days later
        String area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("westmoor"));
        ApiStack.Response created =
                api.post(
                        "/api/inspections",
                        """
                {"areaId":"%s","framework":"AREA_SEND_2023","notifiedOn":"2023-06-05","startsOn":"2023-06-19","endsOn":"2023-06-23"}
                """
                                .formatted(area));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location"))
                .isEqualTo("/api/inspections/" + area + "-2023-06-19");
        LifecycleWalk walk = new LifecycleWalk(api, area + "-2023-06-19", AREA_SEND_2023_EVENTS);
        walk.isAt("AWAITING_REPORT", List.of(), List.of("REPORT_RECEIVED"));

        // outcome 3: a priority action plan within 35 working days, published within 70, a
        // monitoring inspection in 18 months
        JsonNode reported =
                walk.record(
                        """
                {"type":"REPORT_RECEIVED","on":"2023-08-01","publishedOn":"2023-08-08","outcome":3,
                 "weaknesses":["Leadership","Identification of need"]}
                """);
        assertThat(rules(reported))
                .containsExactly(
                        "STRATEGIC_PLAN_UPDATE: update and publish the strategic plan within 50 days of the report",
                        "NEXT_FULL_INSPECTION: the next full inspection within about 3 years after an outcome 2 or 3 report",
                        "PRIORITY_ACTION_PLAN_SUBMISSION: submit the priority action plan within 35 working days of receiving the report",
                        "PRIORITY_ACTION_PLAN_PUBLICATION: publish the priority action plan within 70 working days of receiving the report",
                        "MONITORING_INSPECTION: a monitoring inspection usually 18 months after the report is received");
        assertThat(reported.get("outcome").asInt()).isEqualTo(3);
        walk.isAt(
                "ACTION_PLAN_DUE",
                List.of(
                        "STRATEGIC_PLAN_UPDATE due 2023-09-20 OVERDUE",
                        "NEXT_FULL_INSPECTION due 2026-08-01 NOT_RECORDED",
                        "PRIORITY_ACTION_PLAN_SUBMISSION due 2023-09-20 OVERDUE",
                        "PRIORITY_ACTION_PLAN_PUBLICATION due 2023-11-08 OVERDUE",
                        "MONITORING_INSPECTION due 2025-02-01 NOT_RECORDED"),
                List.of(
                        "STRATEGIC_PLAN_PUBLISHED",
                        "PRIORITY_ACTION_PLAN_SUBMITTED",
                        "DEADLINE_OVERRIDDEN"));

        walk.record(
                """
                {"type":"STRATEGIC_PLAN_PUBLISHED","on":"2023-09-15"}
                """);
        walk.isAt(
                "ACTION_PLAN_DUE",
                List.of(
                        "STRATEGIC_PLAN_UPDATE due 2023-09-20 MET on 2023-09-15",
                        "NEXT_FULL_INSPECTION due 2026-08-01 NOT_RECORDED",
                        "PRIORITY_ACTION_PLAN_SUBMISSION due 2023-09-20 OVERDUE",
                        "PRIORITY_ACTION_PLAN_PUBLICATION due 2023-11-08 OVERDUE",
                        "MONITORING_INSPECTION due 2025-02-01 NOT_RECORDED"),
                List.of("PRIORITY_ACTION_PLAN_SUBMITTED", "DEADLINE_OVERRIDDEN"));

        walk.record(
                """
                {"type":"PRIORITY_ACTION_PLAN_SUBMITTED","on":"2023-09-18"}
                """);
        walk.isAt(
                "MONITORING",
                List.of(
                        "STRATEGIC_PLAN_UPDATE due 2023-09-20 MET on 2023-09-15",
                        "NEXT_FULL_INSPECTION due 2026-08-01 NOT_RECORDED",
                        "PRIORITY_ACTION_PLAN_SUBMISSION due 2023-09-20 MET on 2023-09-18",
                        "PRIORITY_ACTION_PLAN_PUBLICATION due 2023-11-08 OVERDUE",
                        "MONITORING_INSPECTION due 2025-02-01 NOT_RECORDED"),
                List.of(
                        "MONITORING_VISIT",
                        "PRIORITY_ACTION_PLAN_PUBLISHED",
                        "MONITORING_INSPECTION_NOTIFIED",
                        "DEADLINE_OVERRIDDEN"));

        walk.record(
                """
                {"type":"PRIORITY_ACTION_PLAN_PUBLISHED","on":"2023-11-01"}
                """);
        List<String> planPublished =
                List.of(
                        "STRATEGIC_PLAN_UPDATE due 2023-09-20 MET on 2023-09-15",
                        "NEXT_FULL_INSPECTION due 2026-08-01 NOT_RECORDED",
                        "PRIORITY_ACTION_PLAN_SUBMISSION due 2023-09-20 MET on 2023-09-18",
                        "PRIORITY_ACTION_PLAN_PUBLICATION due 2023-11-08 MET on 2023-11-01",
                        "MONITORING_INSPECTION due 2025-02-01 NOT_RECORDED");
        walk.isAt(
                "MONITORING",
                planPublished,
                List.of(
                        "MONITORING_VISIT",
                        "MONITORING_INSPECTION_NOTIFIED",
                        "DEADLINE_OVERRIDDEN"));

        JsonNode visited =
                walk.record(
                        """
                {"type":"MONITORING_VISIT","on":"2024-03-12","statuses":{"1":"ON_TRACK","2":"DELAYED"}}
                """);
        assertThat(visited.at("/weaknesses/1/status").asText()).isEqualTo("DELAYED");
        walk.isAt(
                "MONITORING",
                planPublished,
                List.of(
                        "MONITORING_VISIT",
                        "MONITORING_INSPECTION_NOTIFIED",
                        "DEADLINE_OVERRIDDEN"));

        // the monitoring inspection: inspectors arrive 10 working days after the notice
        JsonNode notified =
                walk.record(
                        """
                {"type":"MONITORING_INSPECTION_NOTIFIED","on":"2025-01-13"}
                """);
        assertThat(notified.at("/keyDates/Monitoring inspection starts").asText())
                .isEqualTo("2025-01-27");
        walk.isAt(
                "MONITORING_INSPECTION",
                List.of(
                        "STRATEGIC_PLAN_UPDATE due 2023-09-20 MET on 2023-09-15",
                        "NEXT_FULL_INSPECTION due 2026-08-01 NOT_RECORDED",
                        "PRIORITY_ACTION_PLAN_SUBMISSION due 2023-09-20 MET on 2023-09-18",
                        "PRIORITY_ACTION_PLAN_PUBLICATION due 2023-11-08 MET on 2023-11-01",
                        "MONITORING_INSPECTION due 2025-02-01 MET on 2025-01-13"),
                List.of("MONITORING_INSPECTION_OUTCOME", "DEADLINE_OVERRIDDEN"));

        walk.record(
                """
                {"type":"MONITORING_INSPECTION_OUTCOME","on":"2025-03-10","publishedOn":"2025-03-17",
                 "sufficientProgress":{"1":true,"2":false}}
                """);
        List<String> monitored =
                List.of(
                        "STRATEGIC_PLAN_UPDATE due 2023-09-20 MET on 2023-09-15",
                        "NEXT_FULL_INSPECTION due 2026-08-01 NOT_RECORDED",
                        "PRIORITY_ACTION_PLAN_SUBMISSION due 2023-09-20 MET on 2023-09-18",
                        "PRIORITY_ACTION_PLAN_PUBLICATION due 2023-11-08 MET on 2023-11-01",
                        "MONITORING_INSPECTION due 2025-02-01 MET on 2025-01-13");
        walk.isAt(
                "ENGAGEMENT",
                concat(monitored, "ENGAGEMENT_MEETING due 2026-03-10 NOT_RECORDED"),
                List.of(
                        "ENGAGEMENT_MEETING_HELD",
                        "NEXT_INSPECTION_NOTIFIED",
                        "DEADLINE_OVERRIDDEN"));

        walk.record(
                """
                {"type":"ENGAGEMENT_MEETING_HELD","on":"2026-03-05"}
                """);
        walk.isAt(
                "ENGAGEMENT",
                concat(
                        monitored,
                        "ENGAGEMENT_MEETING due 2026-03-10 MET on 2026-03-05",
                        "ENGAGEMENT_MEETING-2 due 2027-03-05 OPEN"),
                List.of(
                        "ENGAGEMENT_MEETING_HELD",
                        "NEXT_INSPECTION_NOTIFIED",
                        "DEADLINE_OVERRIDDEN"));

        // the next full inspection is a new record: this one closes
        JsonNode closed =
                walk.record(
                        """
                {"type":"NEXT_INSPECTION_NOTIFIED","on":"2026-07-06"}
                """);
        walk.isAt(
                "CLOSED",
                List.of(
                        "STRATEGIC_PLAN_UPDATE due 2023-09-20 MET on 2023-09-15",
                        "NEXT_FULL_INSPECTION due 2026-08-01 MET on 2026-07-06",
                        "PRIORITY_ACTION_PLAN_SUBMISSION due 2023-09-20 MET on 2023-09-18",
                        "PRIORITY_ACTION_PLAN_PUBLICATION due 2023-11-08 MET on 2023-11-01",
                        "MONITORING_INSPECTION due 2025-02-01 MET on 2025-01-13",
                        "ENGAGEMENT_MEETING due 2026-03-10 MET on 2026-03-05",
                        "ENGAGEMENT_MEETING-2 due 2027-03-05 CANCELLED"),
                List.of());
        assertThat(walk.version()).isEqualTo(10);
        assertThat(closed.at("/events/9/summary").asText())
                .isEqualTo(
                        "Next full inspection notified on 6 July 2026; this case is closed (record the new inspection separately).");
    }

    @Test
    void aPageOfThe2023Framework_speaksOfItsPlanAndMonitoringInspection_notOfAWsoaOrRevisit() {
        // given a 2023 inspection in monitoring, its priority action plan submitted
        String area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("westmoor"));
        String id = area + "-2023-06-19";
        api.post(
                "/api/inspections",
                """
                {"areaId":"%s","framework":"AREA_SEND_2023","notifiedOn":"2023-06-05","startsOn":"2023-06-19","endsOn":"2023-06-23"}
                """
                        .formatted(area));
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"REPORT_RECEIVED","on":"2023-08-01","publishedOn":"2023-08-08","outcome":3,
                 "weaknesses":["Leadership","Identification of need"]}
                """);
        ApiFixtures.record(
                api, id, "{\"type\":\"PRIORITY_ACTION_PLAN_SUBMITTED\",\"on\":\"2023-09-12\"}");

        String page = api.get("/inspections/" + id).body();

        // the 2016 framework's words were on it (a probe, stop 27)
        assertThat(page)
                .contains("Monitoring inspection judgement")
                .contains("review the priority action plan")
                .doesNotContain("Revisit judgement")
                .doesNotContain("while the Written Statement of Action is live");
    }

    @Test
    void lasend2016Event_onAnAreaSend2023Inspection_isRefusedAsUnknownToTheFramework() {
        // given an AREA_SEND_2023 inspection awaiting its report
        String area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("westmoor"));
        assertThat(
                        api.post(
                                        "/api/inspections",
                                        """
                {"areaId":"%s","framework":"AREA_SEND_2023","notifiedOn":"2023-06-05","startsOn":"2023-06-19","endsOn":"2023-06-23"}
                """
                                                .formatted(area))
                                .status())
                .isEqualTo(201);

        // when an officer records a 2016 event on it
        ApiStack.Response refused =
                api.post(
                        "/api/inspections/" + area + "-2023-06-19/events",
                        """
                {"type":"WSOA_SUBMITTED","on":"2023-08-01"}
                """);

        // then it is a bad request naming the framework's events, not a conflict
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("type");
        assertThat(refused.json().get("message").asText())
                .isEqualTo(
                        "'WSOA_SUBMITTED' is not an event of an area SEND inspection (2023 framework): "
                                + "send one of REPORT_RECEIVED (Report received), MONITORING_VISIT (DfE and NHS England monitoring visit), "
                                + "STRATEGIC_PLAN_PUBLISHED (Strategic plan published), "
                                + "PRIORITY_ACTION_PLAN_SUBMITTED (Priority action plan submitted), "
                                + "PRIORITY_ACTION_PLAN_PUBLISHED (Priority action plan published), "
                                + "ENGAGEMENT_MEETING_HELD (Engagement meeting held), "
                                + "MONITORING_INSPECTION_NOTIFIED (Monitoring inspection notified), "
                                + "MONITORING_INSPECTION_OUTCOME (Monitoring inspection outcome), "
                                + "NEXT_INSPECTION_NOTIFIED (Next full inspection notified) "
                                + "or DEADLINE_OVERRIDDEN (Deadline overridden)");
    }

    private static List<String> rules(JsonNode inspection) {
        List<String> rules = new ArrayList<>();
        inspection
                .get("deadlines")
                .forEach(d -> rules.add(d.get("kind").asText() + ": " + d.get("rule").asText()));
        return rules;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
