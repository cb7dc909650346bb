package org.sendtracker.http.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * A 2023 report names areas for priority action only with outcome 3, whose priority action plan
 * addresses them (a probe, stop 27: outcome 1 with an area was accepted and listed as "Not
 * started"): the API and the form refuse them with outcome 1 or 2 on the field, and nothing
 * changes.
 */
class PriorityAreasOnlyWithOutcomeThreeTest {

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static final String ONLY_WITH_OUTCOME_3 =
            "Areas for priority action come only with outcome 3, which asks for a priority action"
                    + " plan: remove them, or choose outcome 3";

    @Test
    void throughTheApi_outcomeOneOrTwoWithAreas_isA400OnWeaknesses() {
        for (int outcome : new int[] {1, 2}) {
            String id = aNorfolkLikeInspectionAwaitingReport();

            ApiStack.Response refused =
                    api.post(
                            "/api/inspections/" + id + "/events",
                            """
                    {"type":"REPORT_RECEIVED","on":"2023-09-14","outcome":%d,"weaknesses":["Something"]}"""
                                    .formatted(outcome));

            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("weaknesses");
            assertThat(refused.json().at("/errors/0/message").asText())
                    .isEqualTo(ONLY_WITH_OUTCOME_3);
            assertThat(ApiFixtures.inspection(api, id).get("stage").asText())
                    .isEqualTo("AWAITING_REPORT");
        }
    }

    @Test
    void throughTheForm_theErrorIsShownByTheAreas_andNothingChanges() {
        String id = aNorfolkLikeInspectionAwaitingReport();

        ApiStack.Response refused =
                ApiFixtures.postForm(
                        api,
                        "/inspections/" + id + "/events",
                        "type=REPORT_RECEIVED&version=1&on-day=14&on-month=9&on-year=2023"
                                + "&outcome=1&weaknesses=Something");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "<span class=\"govuk-visually-hidden\">Error:</span> "
                                + ONLY_WITH_OUTCOME_3)
                .contains(">Something</textarea>");
        assertThat(ApiFixtures.inspection(api, id).get("stage").asText())
                .isEqualTo("AWAITING_REPORT");
    }

    @Test
    void outcomeThreeWithAreas_isRecorded() {
        String id = aNorfolkLikeInspectionAwaitingReport();

        ApiStack.Response recorded =
                api.post(
                        "/api/inspections/" + id + "/events",
                        """
                {"type":"REPORT_RECEIVED","on":"2023-09-14","outcome":3,"weaknesses":["Something"]}""");

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("weaknesses")).hasSize(1);
    }

    /** Notified Monday 5 June 2023, on site 19 June to 7 July. */
    private static String aNorfolkLikeInspectionAwaitingReport() {
        String area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("norfolk"));
        ApiStack.Response created =
                api.post(
                        "/api/inspections",
                        """
                {"areaId":"%s","framework":"AREA_SEND_2023","notifiedOn":"2023-06-05","startsOn":"2023-06-19","endsOn":"2023-07-07"}"""
                                .formatted(area));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }
}
