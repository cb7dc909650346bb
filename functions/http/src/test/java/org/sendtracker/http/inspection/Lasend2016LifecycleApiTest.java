package org.sendtracker.http.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.aCumbriaLikeInspectionAwaitingReport;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Json;

/**
 * A LASEND_2016 inspection walked through the JSON API from notification to closure
 * (docs/domain-rules.md §1.1, §3).
 */
class Lasend2016LifecycleApiTest {

    private static final List<String> LASEND_2016_EVENTS =
            List.of(
                    "REPORT_RECEIVED",
                    "WSOA_SUBMITTED",
                    "WSOA_DECISION",
                    "MONITORING_VISIT",
                    "REVISIT_NOTIFIED",
                    "REVISIT_OUTCOME",
                    "APP_SUBMITTED",
                    "PROGRESS_REVIEW_HELD",
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
            cumbriaLikeInspection_walksEveryStageToClosed_refusingInEachStageTheEventsItDoesNotAllow() {
        // given Cumbria's 2019 inspection, notified 11 March, on site 18 to 22 March
        String id = aCumbriaLikeInspectionAwaitingReport(api);
        LifecycleWalk walk = new LifecycleWalk(api, id, LASEND_2016_EVENTS);
        assertThat(walk.version()).isEqualTo(1);
        walk.isAt("AWAITING_REPORT", List.of(), List.of("REPORT_RECEIVED"));

        // the report names three areas of significant weakness: a WSoA is due 70 working days later
        JsonNode reported =
                walk.record(
                        """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","publishedOn":"2019-05-22","wsoaRequired":true,
                 "weaknesses":["Leadership and strategic planning","Identification of need","Co-production with families"]}
                """);
        assertThat(reported.get("reportReceivedOn").asText()).isEqualTo("2019-05-14");
        assertThat(reported.get("reportPublishedOn").asText()).isEqualTo("2019-05-22");
        assertThat(reported.at("/deadlines/0/rule").asText())
                .isEqualTo("70 working days after the report was received");
        walk.isAt(
                "WSOA_DUE",
                List.of("WSOA_SUBMISSION due 2019-08-21 OVERDUE"),
                List.of("WSOA_SUBMITTED", "DEADLINE_OVERRIDDEN"));

        walk.record(
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-20"}
                """);
        walk.isAt(
                "WSOA_UNDER_REVIEW",
                List.of("WSOA_SUBMISSION due 2019-08-21 MET on 2019-08-20"),
                List.of("WSOA_DECISION"));

        // Ofsted and CQC ask for more work and a resubmission by 8 October
        JsonNode notFit =
                walk.record(
                        """
                {"type":"WSOA_DECISION","on":"2019-09-10","fitForPurpose":false,"resubmitBy":"2019-10-08"}
                """);
        assertThat(notFit.at("/deadlines/1/rule").asText())
                .isEqualTo(
                        "the resubmission date Ofsted and CQC set when they judged the WSoA not fit for purpose");
        walk.isAt(
                "WSOA_DUE",
                List.of(
                        "WSOA_SUBMISSION due 2019-08-21 MET on 2019-08-20",
                        "WSOA_RESUBMISSION due 2019-10-08 OVERDUE"),
                List.of("WSOA_SUBMITTED", "DEADLINE_OVERRIDDEN"));

        walk.record(
                """
                {"type":"WSOA_SUBMITTED","on":"2019-10-04"}
                """);
        walk.isAt(
                "WSOA_UNDER_REVIEW",
                List.of(
                        "WSOA_SUBMISSION due 2019-08-21 MET on 2019-08-20",
                        "WSOA_RESUBMISSION due 2019-10-08 MET on 2019-10-04"),
                List.of("WSOA_DECISION"));

        // accepted 18 October: quarterly reviews start, and the revisit is expected within 18
        // months
        JsonNode accepted =
                walk.record(
                        """
                {"type":"WSOA_DECISION","on":"2019-10-18","fitForPurpose":true}
                """);
        assertThat(accepted.at("/keyDates/WSoA accepted").asText()).isEqualTo("2019-10-18");
        List<String> acceptedDeadlines =
                List.of(
                        "WSOA_SUBMISSION due 2019-08-21 MET on 2019-08-20",
                        "WSOA_RESUBMISSION due 2019-10-08 MET on 2019-10-04",
                        "MONITORING_REVIEW due 2020-01-18 NOT_RECORDED",
                        "REVISIT due 2021-04-18 NOT_RECORDED");
        walk.isAt(
                "MONITORING",
                acceptedDeadlines,
                List.of("MONITORING_VISIT", "REVISIT_NOTIFIED", "DEADLINE_OVERRIDDEN"));

        // two quarterly reviews, each giving every area of weakness a status (by number or by
        // title)
        JsonNode firstVisit =
                walk.record(
                        """
                {"type":"MONITORING_VISIT","on":"2020-01-15",
                 "statuses":{"1":"ON_TRACK","Identification of need":"DELAYED","3":"NOT_STARTED"}}
                """);
        assertThat(statuses(firstVisit))
                .containsExactly("1 ON_TRACK", "2 DELAYED", "3 NOT_STARTED");
        JsonNode secondVisit =
                walk.record(
                        """
                {"type":"MONITORING_VISIT","on":"2020-04-14","statuses":{"1":"COMPLETE","2":"ON_TRACK","3":"ON_TRACK"}}
                """);
        assertThat(statuses(secondVisit)).containsExactly("1 COMPLETE", "2 ON_TRACK", "3 ON_TRACK");
        assertThat(secondVisit.at("/weaknesses/1/history")).hasSize(3);
        walk.isAt(
                "MONITORING",
                List.of(
                        "WSOA_SUBMISSION due 2019-08-21 MET on 2019-08-20",
                        "WSOA_RESUBMISSION due 2019-10-08 MET on 2019-10-04",
                        "MONITORING_REVIEW due 2020-01-18 MET on 2020-01-15",
                        "REVISIT due 2021-04-18 NOT_RECORDED",
                        "MONITORING_REVIEW-2 due 2020-04-15 MET on 2020-04-14",
                        "MONITORING_REVIEW-3 due 2020-07-14 NOT_RECORDED"),
                List.of("MONITORING_VISIT", "REVISIT_NOTIFIED", "DEADLINE_OVERRIDDEN"));

        // the revisit: 10 working days' notice; quarterly reviews stop
        JsonNode notified =
                walk.record(
                        """
                {"type":"REVISIT_NOTIFIED","on":"2021-03-01","startsOn":"2021-03-15"}
                """);
        assertThat(notified.at("/keyDates/Revisit starts").asText()).isEqualTo("2021-03-15");
        assertThat(notified.at("/keyDates/Revisit report expected").asText())
                .isEqualTo("2021-04-17");
        walk.isAt(
                "REVISIT",
                List.of(
                        "WSOA_SUBMISSION due 2019-08-21 MET on 2019-08-20",
                        "WSOA_RESUBMISSION due 2019-10-08 MET on 2019-10-04",
                        "MONITORING_REVIEW due 2020-01-18 MET on 2020-01-15",
                        "REVISIT due 2021-04-18 MET on 2021-03-01",
                        "MONITORING_REVIEW-2 due 2020-04-15 MET on 2020-04-14",
                        "MONITORING_REVIEW-3 due 2020-07-14 NOT_RECORDED",
                        "REVISIT_REPORT due 2021-04-17 NOT_RECORDED"),
                // the review due 14 July 2020 was missed: it stays, not recorded, and can still be
                // recorded; the revisit report, expected 33 days after inspectors arrived, has
                // not come by the day asked (docs/domain-rules.md §1.4)
                List.of("MONITORING_VISIT", "REVISIT_OUTCOME", "DEADLINE_OVERRIDDEN"));

        // one area made insufficient progress: DfE sets an APP date, and a progress review follows
        // within 6 months
        JsonNode outcome =
                walk.record(
                        """
                {"type":"REVISIT_OUTCOME","on":"2021-04-20","publishedOn":"2021-04-27",
                 "sufficientProgress":{"1":true,"2":false,"Co-production with families":true},"appDueOn":"2021-06-30"}
                """);
        assertThat(judgements(outcome))
                .containsExactly(
                        "1 true on 2021-04-20", "2 false on 2021-04-20", "3 true on 2021-04-20");
        List<String> afterRevisit =
                List.of(
                        "WSOA_SUBMISSION due 2019-08-21 MET on 2019-08-20",
                        "WSOA_RESUBMISSION due 2019-10-08 MET on 2019-10-04",
                        "MONITORING_REVIEW due 2020-01-18 MET on 2020-01-15",
                        "REVISIT due 2021-04-18 MET on 2021-03-01",
                        "MONITORING_REVIEW-2 due 2020-04-15 MET on 2020-04-14",
                        "MONITORING_REVIEW-3 due 2020-07-14 NOT_RECORDED",
                        "REVISIT_REPORT due 2021-04-17 MET_LATE on 2021-04-20");
        walk.isAt(
                "ACCELERATED_PROGRESS",
                concat(
                        afterRevisit,
                        "APP_SUBMISSION due 2021-06-30 OVERDUE",
                        "PROGRESS_REVIEW due 2021-10-27 NOT_RECORDED"),
                List.of("MONITORING_VISIT", "APP_SUBMITTED", "DEADLINE_OVERRIDDEN"));

        walk.record(
                """
                {"type":"APP_SUBMITTED","on":"2021-06-28"}
                """);
        walk.isAt(
                "ACCELERATED_PROGRESS",
                concat(
                        afterRevisit,
                        "APP_SUBMISSION due 2021-06-30 MET on 2021-06-28",
                        "PROGRESS_REVIEW due 2021-10-27 NOT_RECORDED"),
                List.of("MONITORING_VISIT", "PROGRESS_REVIEW_HELD", "DEADLINE_OVERRIDDEN"));

        JsonNode closed =
                walk.record(
                        """
                {"type":"PROGRESS_REVIEW_HELD","on":"2021-10-20"}
                """);
        walk.isAt(
                "CLOSED",
                concat(
                        afterRevisit,
                        "APP_SUBMISSION due 2021-06-30 MET on 2021-06-28",
                        "PROGRESS_REVIEW due 2021-10-27 MET on 2021-10-20"),
                List.of());

        // then the audit trail holds every step, in order, attributed
        assertThat(walk.version()).isEqualTo(12);
        List<String> trail = new ArrayList<>();
        closed.get("events")
                .forEach(
                        e ->
                                trail.add(
                                        e.get("seq").asInt()
                                                + " "
                                                + e.get("type").asText()
                                                + " "
                                                + e.get("on").asText()
                                                + " by "
                                                + e.get("actor").asText()));
        assertThat(trail)
                .containsExactly(
                        "1 INSPECTION_CREATED 2019-03-11 by Test Officer",
                        "2 REPORT_RECEIVED 2019-05-14 by Test Officer",
                        "3 WSOA_SUBMITTED 2019-08-20 by Test Officer",
                        "4 WSOA_DECISION 2019-09-10 by Test Officer",
                        "5 WSOA_SUBMITTED 2019-10-04 by Test Officer",
                        "6 WSOA_DECISION 2019-10-18 by Test Officer",
                        "7 MONITORING_VISIT 2020-01-15 by Test Officer",
                        "8 MONITORING_VISIT 2020-04-14 by Test Officer",
                        "9 REVISIT_NOTIFIED 2021-03-01 by Test Officer",
                        "10 REVISIT_OUTCOME 2021-04-20 by Test Officer",
                        "11 APP_SUBMITTED 2021-06-28 by Test Officer",
                        "12 PROGRESS_REVIEW_HELD 2021-10-20 by Test Officer");
        assertThat(closed.at("/events/11/summary").asText())
                .isEqualTo("Formal progress review held on 20 October 2021; case closed.");
    }

    @Test
    void
            reportReceived16January2018_givesWsoaSubmissionDue26April2018_countingSeventyWorkingDaysOverEaster() {
        // given an inspection that ended in November 2017
        String area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("lancashire"));
        assertThat(
                        api.post(
                                        "/api/inspections",
                                        """
                {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"2017-11-06","startsOn":"2017-11-13","endsOn":"2017-11-17"}
                """
                                                .formatted(area))
                                .status())
                .isEqualTo(201);

        // when the report is received on 16 January 2018
        ApiStack.Response recorded =
                api.post(
                        "/api/inspections/" + area + "-2017-11-13/events",
                        """
                {"type":"REPORT_RECEIVED","on":"2018-01-16","wsoaRequired":true,"weaknesses":["Leadership"]}
                """);

        // then the WSoA is due 26 April 2018 (Good Friday and Easter Monday are not working days)
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("deadlines"))
                .isEqualTo(
                        Json.parse(
                                """
                [{"id":"WSOA_SUBMISSION","kind":"WSOA_SUBMISSION","label":"Written Statement of Action submission",
                  "dueOn":"2018-04-26","computedDueOn":"2018-04-26","overrideReason":null,"status":"OVERDUE","metOn":null,
                  "rule":"70 working days after the report was received",
                  "source":"SI 2015/1792, Explanatory Note; working days as in SI 2005/1973 reg 1(3)","owner":"LEAD_OFFICER",
                  "setBy":"COUNCIL","workingDaysLate":null,"calendarDaysLate":null}]
                """));
    }

    @Test
    void
            reportReceived_respondsWithTheWholeInspection_weaknessesDeadlineAllowedEventsAndAuditTrail() {
        // given an inspection awaiting its report
        String id = aCumbriaLikeInspectionAwaitingReport(api);
        String area = id.substring(0, id.length() - "-2019-03-18".length());

        // when the report is recorded
        ApiStack.Response recorded =
                api.post(
                        "/api/inspections/" + id + "/events",
                        """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","publishedOn":"2019-05-22","wsoaRequired":true,
                 "weaknesses":["Leadership","Identification of need"],"note":"Letter from Ofsted"}
                """,
                        "Authorization",
                        api.bearerFor("Jo Smith"));

        // then the response is the inspection as it now stands
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.header("Location")).isNull();
        assertThat(recorded.json())
                .isEqualTo(
                        Json.parse(
                                """
                {"id":"%1$s","areaId":"%2$s","framework":"LASEND_2016","stage":"WSOA_DUE",
                 "stageLabel":"Written Statement of Action due","version":2,
                 "notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22",
                 "reportReceivedOn":"2019-05-14","reportPublishedOn":"2019-05-22","outcome":null,
                 "keyDates":{"Report received":"2019-05-14","Report published":"2019-05-22"},
                 "weaknesses":[
                   {"number":1,"title":"Leadership","status":"NOT_STARTED","history":[{"on":"2019-05-14","status":"NOT_STARTED"}],
                    "sufficientProgress":null,"judgedOn":null},
                   {"number":2,"title":"Identification of need","status":"NOT_STARTED","history":[{"on":"2019-05-14","status":"NOT_STARTED"}],
                    "sufficientProgress":null,"judgedOn":null}],
                 "deadlines":[
                   {"id":"WSOA_SUBMISSION","kind":"WSOA_SUBMISSION","label":"Written Statement of Action submission",
                    "dueOn":"2019-08-21","computedDueOn":"2019-08-21","overrideReason":null,"status":"OVERDUE","metOn":null,
                    "rule":"70 working days after the report was received",
                    "source":"SI 2015/1792, Explanatory Note; working days as in SI 2005/1973 reg 1(3)","owner":"LEAD_OFFICER",
                  "setBy":"COUNCIL","workingDaysLate":null,"calendarDaysLate":null}],
                 "allowedEvents":["WSOA_SUBMITTED","DEADLINE_OVERRIDDEN"],
                 "events":[
                   {"seq":1,"type":"INSPECTION_CREATED","on":"2019-03-11","actor":"Test Officer","recordedAt":"2026-11-23T10:00:00Z",
                    "summary":"Local area SEND inspection (2016 framework) recorded: notified 11 March 2019, on site 18 March 2019 to 22 March 2019.",
                    "details":{"areaId":"%2$s","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"},
                    "actorId":"test-officer"},
                   {"seq":2,"type":"REPORT_RECEIVED","on":"2019-05-14","actor":"Jo Smith","recordedAt":"2026-11-23T10:00:00Z",
                    "summary":"Report received on 14 May 2019 with 2 areas of significant weakness; WSoA due 21 August 2019. Note: Letter from Ofsted",
                    "details":{"on":"2019-05-14","publishedOn":"2019-05-22","wsoaRequired":true,
                               "weaknesses":["Leadership","Identification of need"],"note":"Letter from Ofsted"},
                    "actorId":"test-jo-smith"}],
                 "emails":[]}
                """
                                        .formatted(id, area)));
    }

    @Test
    void deadlineOverride_movesTheDueDate_keepsTheComputedOne_andTheReasonInTheAuditTrail() {
        // given a WSoA due 21 August 2019
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);

        // when an officer moves it, with a reason
        ApiStack.Response overridden =
                api.post(
                        "/api/inspections/" + id + "/events",
                        """
                {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_SUBMISSION","dueOn":"2019-08-30","reason":"Ofsted agreed an extension"}
                """,
                        "If-Match",
                        "\"2\"");

        // then the deadline shows both dates and the reason, and the audit trail says what it
        // replaced
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(201);
        JsonNode deadline = overridden.json().at("/deadlines/0");
        assertThat(deadline.get("dueOn").asText()).isEqualTo("2019-08-30");
        assertThat(deadline.get("computedDueOn").asText()).isEqualTo("2019-08-21");
        assertThat(deadline.get("overrideReason").asText()).isEqualTo("Ofsted agreed an extension");
        assertThat(overridden.json().at("/events/2/summary").asText())
                .isEqualTo(
                        "Written Statement of Action submission due date "
                                + "changed from 21 August 2019 to 30 August 2019 (computed: 21 August 2019). Reason: Ofsted agreed an extension");
        assertThat(overridden.json().get("stage").asText()).isEqualTo("WSOA_DUE");
        // and the deadline index finds it at its new date
        String area = id.substring(0, id.length() - "-2019-03-18".length());
        JsonNode indexed =
                api.get("/api/deadlines?from=2019-08-01&to=2019-08-31&areaId=" + area).json();
        assertThat(indexed).hasSize(1);
        assertThat(indexed.at("/0/deadline/dueOn").asText()).isEqualTo("2019-08-30");
    }

    private static List<String> statuses(JsonNode inspection) {
        List<String> statuses = new ArrayList<>();
        inspection
                .get("weaknesses")
                .forEach(
                        w ->
                                statuses.add(
                                        w.get("number").asInt() + " " + w.get("status").asText()));
        return statuses;
    }

    private static List<String> judgements(JsonNode inspection) {
        List<String> judgements = new ArrayList<>();
        inspection
                .get("weaknesses")
                .forEach(
                        w ->
                                judgements.add(
                                        w.get("number").asInt()
                                                + " "
                                                + w.get("sufficientProgress").asText()
                                                + " on "
                                                + w.get("judgedOn").asText()));
        return judgements;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
