package org.sendtracker.http.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * A step recorded as an example ({@code "illustrative": true}) is tagged on the inspection page,
 * which says what the tag means.
 */
class IllustrativeStepsPageTest {

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
    void anIllustrativeStep_isTaggedInTheTimeline_andThePageExplainsTheTag() {
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-20","illustrative":true,"note":"On record: sent in late August; the day is an example"}""");

        String page = api.get("/inspections/" + id).body();

        assertThat(page)
                .contains(
                        "<div class=\"govuk-inset-text\" id=\"illustrative\">Steps tagged <strong class=\"govuk-tag"
                                + " govuk-tag--yellow\">Illustrative</strong> in the");
        assertThat(page)
                .as("one step tagged in the timeline")
                .containsOnlyOnce("govuk-tag--yellow\">Illustrative</strong></h3>");
        assertThat(page)
                .contains(
                        "WSoA submitted on 20 August 2019. Note: On record: sent in late August; the day is an example");
        assertThat(ApiFixtures.inspection(api, id).at("/events/2/details/illustrative").asBoolean())
                .isTrue();
    }

    @Test
    void anInspectionWithoutIllustrativeSteps_hasNoTagAndNoExplanation() {
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);

        String page = api.get("/inspections/" + id).body();

        assertThat(page)
                .contains("Report received")
                .doesNotContain("Illustrative", "id=\"illustrative\"");
    }

    @Test
    void anIllustrativeMarkThatIsNotTrueOrFalse_isRefused_andChangesNothing() {
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);

        ApiStack.Response refused =
                api.post(
                        "/api/inspections/" + id + "/events",
                        """
                {"type":"WSOA_SUBMITTED","on":"2019-08-20","illustrative":"maybe"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("'illustrative' must be true or false");
        assertThat(ApiFixtures.inspection(api, id).get("stage").asText()).isEqualTo("WSOA_DUE");
    }
}
