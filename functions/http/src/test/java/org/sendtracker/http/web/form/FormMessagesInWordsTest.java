package org.sendtracker.http.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * A form's refusals name things as officers know them, never by the codes the JSON API takes
 * ("WSOA_SUBMISSION", "IMPROVEMENT_BOARD"), even for a stale or forged form; the API's own message
 * keeps the codes it takes, each with its words.
 */
class FormMessagesInWordsTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static ApiStack.Response post(String path, String body) {
        return api.request("POST", path, body, "Content-Type", FORM, "Accept", "text/html");
    }

    private static long version(String id) {
        return ApiFixtures.inspection(api, id).get("version").asLong();
    }

    @Test
    void changingADeadlineNoLongerOpen_fromAStaleForm_namesTheDeadlinesWithoutTheirCodes() {
        // given the WSoA was submitted and accepted: its submission is no longer open
        String id = ApiFixtures.aCumbriaLikeInspectionInMonitoring(api);

        // when a "Change a due date" form opened before then still names it
        ApiStack.Response refused =
                post(
                        "/inspections/" + id + "/events",
                        "type=DEADLINE_OVERRIDDEN&version="
                                + version(id)
                                + "&deadline=WSOA_SUBMISSION&dueOn-day=1&dueOn-month=10"
                                + "&dueOn-year=2019&reason=Extension+agreed");

        // then
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "'Written Statement of Action submission' due 21 August 2019 is no"
                                + " longer open: choose one of the open deadlines,")
                .doesNotContain("WSOA_SUBMISSION)", "(MONITORING_REVIEW)", "(REVISIT)");
        // the API takes the id, so its message still gives it
        ApiStack.Response api =
                FormMessagesInWordsTest.api.post(
                        "/api/inspections/" + id + "/events",
                        """
                        {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_SUBMISSION","dueOn":"2019-10-01","reason":"Extension agreed"}""");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("(WSOA_SUBMISSION) is no longer open", "(REVISIT)");
    }

    @Test
    void aForgedKindOfBoardOrCadence_isRefusedInTheWordsTheFormOffers() {
        String id = ApiFixtures.aCumbriaLikeInspectionInMonitoring(api);

        ApiStack.Response refused =
                post(
                        "/inspections/" + id + "/plan/boards/new",
                        "version="
                                + version(id)
                                + "&idempotencyKey=forged-1&name=SEND+Board&kind=ROYAL_COMMISSION"
                                + "&cadence.kind=FORTNIGHTLY");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "The kind of board must be one of Improvement board, SEND partnership"
                                + " board, Health and Wellbeing Board or Other board",
                        "The cadence must be one of Every so many weeks, Every so many months or"
                                + " On listed meeting dates")
                .doesNotContain("IMPROVEMENT_BOARD (", "EVERY_WEEKS (");
    }
}
