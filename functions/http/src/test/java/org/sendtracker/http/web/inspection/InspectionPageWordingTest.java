package org.sendtracker.http.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * The inspection page as an officer reads it (a probe, stop 27): the calendar address is got from
 * the account page, not pasted from "/account#calendar" in code type, and the report form says how
 * many areas of weakness it takes (30, not 12).
 */
class InspectionPageWordingTest {

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
    void theCalendarAddressIsALinkToTheAccount_andTheReportFormSaysUpTo30() {
        String id = ApiFixtures.aCumbriaLikeInspectionAwaitingReport(api);

        String page = api.get("/inspections/" + id).body();

        assertThat(page)
                .contains(
                        "get it from <a class=\"govuk-link\" href=\"/account#calendar\">your account</a>")
                .doesNotContain("<code class=\"app-code\">/account#calendar</code>")
                .contains("in the order the report lists them (up to 30)")
                .doesNotContain("(up to 12)");
    }
}
