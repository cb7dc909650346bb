package org.sendtracker.http.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.aCumbriaLikeInspectionInMonitoring;
import static org.sendtracker.http.testing.ApiFixtures.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Json;

/**
 * An inspection's improvement plan through the real HTTP stack: boards whose reports become
 * deadlines, actions and measures, with the API's errors and conditions (docs/boards.md).
 */
class ImprovementPlanApiTest {

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String board(String id) {
        String area = id.substring(0, id.length() - "-2019-03-18".length());
        return """
                {"name":"SEND Improvement Board","kind":"IMPROVEMENT_BOARD","members":["lead@%s.gov.uk"],
                 "cadence":{"kind":"EVERY_MONTHS","every":2,"from":"2019-11-15","until":"2020-03-15"}}
                """
                .formatted(area);
    }

    @Test
    void aBoardsReports_areCouncilDeadlines_listedByTheDeadlinesApi_andOneIsMetWhenPresented() {
        String id = aCumbriaLikeInspectionInMonitoring(api);

        ApiStack.Response saved =
                api.put("/api/inspections/" + id + "/boards/improvement-board", board(id));
        ApiStack.Response presented =
                api.post(
                        "/api/inspections/" + id + "/boards/improvement-board/reports",
                        """
                        {"dueOn":"2019-11-15","presentedOn":"2019-11-20"}
                        """);

        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.header("ETag")).isEqualTo("\"5\"");
        assertThat(presented.status()).as(presented.body()).isEqualTo(201);
        assertThat(presented.json().at("/boards/0/reports/0"))
                .isEqualTo(
                        Json.parse(
                                """
                                {"deadlineId":"BOARD_REPORT-improvement-board-2019-11-15","dueOn":"2019-11-15",
                                 "status":"MET","presentedOn":"2019-11-20"}
                                """
                                        .replace(
                                                "\"MET\"",
                                                presented
                                                        .json()
                                                        .at("/boards/0/reports/0/status")
                                                        .toString())));
        assertThat(presented.json().at("/boards/0/reports/0/status").asText()).startsWith("MET");
        ApiStack.Response deadlines =
                api.get(
                        "/api/deadlines?from=2019-11-01&to=2020-03-31&areaId="
                                + id.substring(0, id.length() - "-2019-03-18".length()));
        assertThat(deadlines.json().findValuesAsText("kind"))
                .containsExactly(
                        "BOARD_REPORT", "BOARD_REPORT", "MONITORING_REVIEW", "BOARD_REPORT");
        ApiStack.Response inspection = api.get("/api/inspections/" + id);
        assertThat(inspection.json().findValuesAsText("type"))
                .contains("BOARD_SAVED", "BOARD_REPORT_PRESENTED");
    }

    @Test
    void badInput_isA400NamingEachField_andChangesNothing() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        String before = api.get("/api/inspections/" + id).body();

        ApiStack.Response refused =
                api.post(
                        "/api/inspections/" + id + "/measures",
                        """
                        {"weakness":9,"name":"Autism assessment waiting time","unit":"weeks","direction":"DOWN",
                         "baseline":"about 50","baselineOn":"2019-05-01","target":18}
                        """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors"))
                .isEqualTo(
                        Json.parse(
                                """
                                [{"field":"weakness","message":"There is no area of weakness 9 in this inspection (it has 3)"},
                                 {"field":"direction","message":"Which way is better must be one of HIGHER_IS_BETTER (Higher is better) or LOWER_IS_BETTER (Lower is better)"},
                                 {"field":"baseline","message":"The baseline must be a number such as 42 or 61.5 (up to 4 decimal places)"}]
                                """));
        assertThat(api.get("/api/inspections/" + id).body()).isEqualTo(before);
    }

    @Test
    void aStaleIfMatch_is412_andARetriedKey_isAnsweredOnce() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        String action =
                """
                {"weakness":1,"title":"Publish the joint SEND strategy","owner":"Director of children's services","dueOn":"2020-01-31"}
                """;

        ApiStack.Response first =
                api.post(
                        "/api/inspections/" + id + "/actions",
                        action,
                        "If-Match",
                        "\"4\"",
                        "Idempotency-Key",
                        "action-strategy");
        ApiStack.Response retried =
                api.post(
                        "/api/inspections/" + id + "/actions",
                        action,
                        "If-Match",
                        "\"4\"",
                        "Idempotency-Key",
                        "action-strategy");
        ApiStack.Response stale =
                api.post("/api/inspections/" + id + "/actions", action, "If-Match", "\"4\"");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().get("actions")).isEqualTo(first.json().get("actions"));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/inspections/" + id + "/plan").json().get("actions")).hasSize(1);
    }

    @Test
    void correctingAStepsDate_afterPlanEntries_replaysTheStepsOnly_andKeepsTheBoardsReports() {
        // given a board with three reports due, the first presented, and an action
        String id = aCumbriaLikeInspectionInMonitoring(api);
        api.put("/api/inspections/" + id + "/boards/improvement-board", board(id));
        api.post(
                "/api/inspections/" + id + "/boards/improvement-board/reports",
                """
                {"dueOn":"2019-11-15","presentedOn":"2019-11-20"}
                """);
        api.post(
                "/api/inspections/" + id + "/actions",
                """
                {"weakness":1,"title":"Publish the joint SEND strategy","owner":"Director of children's services","dueOn":"2020-01-31"}
                """);
        JsonNode before = api.get("/api/inspections/" + id + "/plan").json();
        List<String> reportsBefore = boardReports(id);
        int submitted =
                inspection(api, id).get("events").findParents("type").stream()
                        .filter(e -> e.get("type").asText().equals("WSOA_SUBMITTED"))
                        .findFirst()
                        .orElseThrow()
                        .get("seq")
                        .asInt();

        // when the WSoA's submission date, recorded before them, is corrected
        ApiStack.Response corrected =
                api.post(
                        "/api/inspections/" + id + "/events",
                        """
                        {"type":"CORRECTION","corrects":%d,"reason":"Date mistyped","fields":{"on":"2019-08-19"}}
                        """
                                .formatted(submitted));

        // then the correction stands, the plan entries were not replayed as steps, and the
        // board's reports are as they were: the presented one met, the others outstanding
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.json().get("keyDates").toString()).contains("2019-08-19");
        JsonNode after = api.get("/api/inspections/" + id + "/plan").json();
        assertThat(after.get("boards")).isEqualTo(before.get("boards"));
        assertThat(after.get("actions")).isEqualTo(before.get("actions"));
        assertThat(boardReports(id)).isEqualTo(reportsBefore).hasSize(3);
        assertThat(reportsBefore.get(0))
                .startsWith("BOARD_REPORT-improvement-board-2019-11-15 MET");
        assertThat(inspection(api, id).get("events").findValuesAsText("type"))
                .containsSubsequence(
                        "BOARD_SAVED", "BOARD_REPORT_PRESENTED", "ACTION_ADDED", "CORRECTION");
    }

    /** The inspection's board-report deadlines: id, status and the day met, if met. */
    private static List<String> boardReports(String id) {
        return inspection(api, id).get("deadlines").findParents("kind").stream()
                .filter(d -> d.get("kind").asText().equals("BOARD_REPORT"))
                .map(
                        d ->
                                d.get("id").asText()
                                        + " "
                                        + d.get("status").asText()
                                        + " "
                                        + d.get("metOn"))
                .toList();
    }

    @Test
    void anUnknownInspection_is404_andAnUnknownActionToo() {
        String id = aCumbriaLikeInspectionInMonitoring(api);

        assertThat(api.get("/api/inspections/nowhere-2019-03-18/plan").status()).isEqualTo(404);
        assertThat(api.put("/api/inspections/" + id + "/actions/action-7", "{}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/inspections/" + id + "/measures/x/values", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void deletingABoardActionOrMeasure_takesItOffThePlan_withTheVersionAndKeyChecked() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        String plan = "/api/inspections/" + id;
        api.put(plan + "/boards/improvement-board", board(id));
        api.post(
                plan + "/actions",
                """
                {"weakness":1,"title":"Publish the joint SEND strategy","owner":"Director","dueOn":"2020-01-31"}
                """);
        api.post(
                plan + "/measures",
                """
                {"weakness":1,"name":"Plans on time","unit":"%","direction":"HIGHER_IS_BETTER","baseline":30,"baselineOn":"2019-05-01","target":80}
                """);
        long version = api.get(plan + "/plan").json().get("version").asLong();

        ApiStack.Response stale =
                api.request("DELETE", plan + "/actions/action-1", null, "If-Match", "\"1\"");
        ApiStack.Response action =
                api.request(
                        "DELETE",
                        plan + "/actions/action-1",
                        null,
                        "If-Match",
                        "\"" + version + "\"",
                        "Idempotency-Key",
                        "remove-action-1");
        ApiStack.Response retried =
                api.request(
                        "DELETE",
                        plan + "/actions/action-1",
                        null,
                        "If-Match",
                        "\"" + version + "\"",
                        "Idempotency-Key",
                        "remove-action-1");
        ApiStack.Response measure = api.request("DELETE", plan + "/measures/measure-1", null);
        ApiStack.Response board = api.request("DELETE", plan + "/boards/improvement-board", null);
        ApiStack.Response again = api.request("DELETE", plan + "/actions/action-1", null);

        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(action.status()).as(action.body()).isEqualTo(200);
        assertThat(action.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(action.json().get("actions")).isEmpty();
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(measure.status()).as(measure.body()).isEqualTo(200);
        assertThat(measure.json().get("measures")).isEmpty();
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        assertThat(board.json().get("boards")).isEmpty();
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json().get("message").asText()).isEqualTo("There is no action 'action-1'");
        JsonNode inspection = api.get(plan).json();
        assertThat(inspection.findValuesAsText("type"))
                .contains("ACTION_REMOVED", "MEASURE_REMOVED", "BOARD_REMOVED");
        assertThat(inspection.get("version").asLong()).isEqualTo(version + 3);
        ApiStack.Response deadlines =
                api.get(
                        "/api/deadlines?from=2019-11-01&to=2020-03-31&areaId="
                                + id.substring(0, id.length() - "-2019-03-18".length()));
        List<String> reports = new java.util.ArrayList<>();
        deadlines
                .json()
                .forEach(
                        row -> {
                            if (row.at("/deadline/kind").asText().equals("BOARD_REPORT")) {
                                reports.add(row.at("/deadline/status").asText());
                            }
                        });
        assertThat(reports).containsExactly("CANCELLED", "CANCELLED", "CANCELLED");
    }

    @Test
    void aRemovalRetriedWithItsKeyAlone_isReplayed_andABadKeyIsRefused() {
        // a probe saw a retried DELETE answer 404; over HTTP with the key, it is the replay
        String id = aCumbriaLikeInspectionInMonitoring(api);
        String plan = "/api/inspections/" + id;
        api.post(
                plan + "/actions",
                """
                {"weakness":1,"title":"Publish the joint SEND strategy","owner":"Director","dueOn":"2020-01-31"}
                """);

        ApiStack.Response badKey =
                api.request(
                        "DELETE",
                        plan + "/actions/action-1",
                        null,
                        "Idempotency-Key",
                        "x".repeat(201));
        ApiStack.Response removed =
                api.request("DELETE", plan + "/actions/action-1", null, "Idempotency-Key", "del-1");
        ApiStack.Response retried =
                api.request("DELETE", plan + "/actions/action-1", null, "Idempotency-Key", "del-1");

        assertThat(badKey.status()).as(badKey.body()).isEqualTo(400);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aBoardRemovedAndAddedAgain_keepsAReportDateAnOfficerMoved() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        String plan = "/api/inspections/" + id;
        api.put(plan + "/boards/improvement-board", board(id));
        assertThat(
                        api.post(
                                        plan + "/events",
                                        """
                                        {"type":"DEADLINE_OVERRIDDEN","deadline":"BOARD_REPORT-improvement-board-2020-01-15",
                                         "dueOn":"2020-01-29","reason":"Board meeting moved"}
                                        """)
                                .status())
                .isEqualTo(201);

        api.request("DELETE", plan + "/boards/improvement-board", null);
        ApiStack.Response again = api.put(plan + "/boards/improvement-board", board(id));

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        JsonNode moved = null;
        for (JsonNode deadline : api.get(plan).json().get("deadlines")) {
            if (deadline.get("id").asText().equals("BOARD_REPORT-improvement-board-2020-01-15")) {
                moved = deadline;
            }
        }
        assertThat(moved).isNotNull();
        assertThat(moved.get("dueOn").asText()).isEqualTo("2020-01-29");
        assertThat(moved.get("overrideReason").asText()).isEqualTo("Board meeting moved");
        assertThat(moved.get("status").asText()).isNotEqualTo("CANCELLED");
    }

    @Test
    void aBoardPutAgainAsItIs_is200_withTheVersionUnchanged_andNoEntry() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        ApiStack.Response first =
                api.put("/api/inspections/" + id + "/boards/improvement-board", board(id));
        int entries = api.get("/api/inspections/" + id).json().get("events").size();

        ApiStack.Response again =
                api.put("/api/inspections/" + id + "/boards/improvement-board", board(id));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.json().get("boards")).isEqualTo(first.json().get("boards"));
        assertThat(api.get("/api/inspections/" + id).json().get("events")).hasSize(entries);
    }
}
