package org.sendtracker.http.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * Issuing a progress report again with the same Idempotency-Key is answered as every other keyed
 * API write's replay is: 200 with {@code Idempotent-Replayed: true} and the report first issued,
 * not a second 201 that reads like a second report.
 */
class IssueReplayApiTest {

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
    void aReportIssuedAgainWithTheSameKey_isAnsweredAsAReplay() {
        String id = ApiFixtures.aCumbriaLikeInspectionInMonitoring(api);
        String area = id.substring(0, id.length() - "-2019-03-18".length());
        ApiStack.Response board =
                api.put(
                        "/api/inspections/" + id + "/boards/improvement-board",
                        """
                        {"name":"SEND Improvement Board","kind":"IMPROVEMENT_BOARD","members":["lead@%s.gov.uk"],
                         "cadence":{"kind":"EVERY_MONTHS","every":2,"from":"2019-11-15","until":"2020-03-15"}}"""
                                .formatted(area));
        assertThat(board.status()).as(board.body()).isIn(200, 201);
        String body =
                """
                {"board":"improvement-board","from":"2019-10-01","to":"2019-12-31"}""";

        ApiStack.Response first =
                api.post(
                        "/api/inspections/" + id + "/progress-reports",
                        body,
                        "Idempotency-Key",
                        "issue-1");
        ApiStack.Response again =
                api.post(
                        "/api/inspections/" + id + "/progress-reports",
                        body,
                        "Idempotency-Key",
                        "issue-1");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.json().get("number")).isEqualTo(first.json().get("number"));
        assertThat(api.get("/api/inspections/" + id + "/progress-reports").json()).hasSize(1);
    }
}
