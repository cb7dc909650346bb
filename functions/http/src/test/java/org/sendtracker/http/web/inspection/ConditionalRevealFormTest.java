package org.sendtracker.http.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * The WSoA decision form reveals "the date to resubmit by" only under "No". An officer who typed a
 * date, then chose "Yes", was refused on the hidden field ("Leave the resubmission date empty…"),
 * which the page could not show (a probe, stop 27): as GOV.UK's conditional reveal does, a hidden
 * field's value is ignored.
 */
class ConditionalRevealFormTest {

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
    void fitForPurposeWithADateLeftInTheHiddenField_isRecorded_theDateIgnored() {
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        ApiFixtures.record(api, id, "{\"type\":\"WSOA_SUBMITTED\",\"on\":\"2019-08-20\"}");
        long version = ApiFixtures.inspection(api, id).get("version").asLong();

        ApiStack.Response posted =
                ApiFixtures.postForm(
                        api,
                        "/inspections/" + id + "/events",
                        "type=WSOA_DECISION&version="
                                + version
                                + "&on-day=10&on-month=9&on-year=2019&fitForPurpose=true"
                                + "&resubmitBy-day=8&resubmitBy-month=10&resubmitBy-year=2019");

        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        assertThat(ApiFixtures.inspection(api, id).get("stage").asText()).isEqualTo("MONITORING");
        // the API, which has no hidden fields, still refuses the contradiction
        String other = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        ApiFixtures.record(api, other, "{\"type\":\"WSOA_SUBMITTED\",\"on\":\"2019-08-20\"}");
        ApiStack.Response contradiction =
                api.post(
                        "/api/inspections/" + other + "/events",
                        """
                        {"type":"WSOA_DECISION","on":"2019-09-10","fitForPurpose":true,"resubmitBy":"2019-10-08"}""");
        assertThat(contradiction.status()).isEqualTo(400);
        assertThat(contradiction.json().at("/errors/0/field").asText()).isEqualTo("resubmitBy");
    }
}
