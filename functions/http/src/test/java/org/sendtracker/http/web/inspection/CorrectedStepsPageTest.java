package org.sendtracker.http.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * A step a later entry corrected is shown in the timeline on its date as it now stands, tagged
 * "Corrected", its summary marked as first recorded and pointing to the correction; corrections and
 * withdrawals are titled in words (docs/corrections-plan.md).
 */
class CorrectedStepsPageTest {

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
    void aCorrectedStep_showsItsDateAsItNowStands_taggedCorrected() {
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"CORRECTION","corrects":2,"reason":"The letter came on the 17th","fields":{"on":"2019-05-17"}}""");

        String page = api.get("/inspections/" + id).body();

        String row = row(page, "Report received");
        assertThat(row)
                .contains("govuk-tag--blue\">Corrected</strong></h3>")
                .contains("app-timeline__meta\">17 May 2019</p>")
                .contains("As first recorded: Report received on 14 May 2019")
                .contains(". Corrected by ")
                .contains(": see that entry above")
                .contains(
                        "Change<span class=\"govuk-visually-hidden\"> Report received, 17 May 2019");
        assertThat(row(page, "Correction"))
                .contains("Entry 2 (Report received on 14 May 2019) corrected");
        assertThat(page).doesNotContain(">CORRECTION ").doesNotContain("CORRECTION</h3>");
    }

    @Test
    void aStepCorrectedTwice_saysHowManyTimes_andAWithdrawalIsTitledInWords() {
        String id = ApiFixtures.aCumbriaLikeInspectionInMonitoring(api);
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"CORRECTION","corrects":3,"reason":"Sent on the 19th","fields":{"on":"2019-08-19"}}""");
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"CORRECTION","corrects":3,"reason":"No, the 16th","fields":{"on":"2019-08-16"}}""");
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"WITHDRAWAL","withdraws":4,"reason":"Recorded on the wrong inspection"}""");

        String page = api.get("/inspections/" + id).body();

        assertThat(row(page, "WSoA submitted"))
                .contains("Corrected</strong></h3>")
                .contains("app-timeline__meta\">16 August 2019</p>")
                .contains(". Corrected 2 times, last by ")
                .contains(": see those entries above");
        assertThat(row(page, "Withdrawal"))
                .contains("Entry 4 (WSoA decision")
                .doesNotContain("Corrected</strong>");
        assertThat(page).doesNotContain("WITHDRAWAL");
        assertThat(row(page, "Report received")).doesNotContain("Corrected");
    }

    /** The timeline item whose title starts {@code title} (the oldest such, last on the page). */
    private static String row(String page, String title) {
        int at = page.lastIndexOf("app-timeline__title\">" + title);
        assertThat(at).as(title + " in the timeline").isNotNegative();
        int end = page.indexOf("</li>", at);
        return page.substring(at, end);
    }
}
