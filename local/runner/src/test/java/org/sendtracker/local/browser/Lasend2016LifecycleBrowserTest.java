package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole LASEND_2016 case recorded through the pages alone, as an officer would: sign in (asked
 * for on the first POST), register the area, record the inspection, then each step the inspection
 * page offers, from the report to the progress review that closes it.
 */
@ExtendWith(RunningSystem.class)
class Lasend2016LifecycleBrowserTest {

    private static Browser browser;

    @BeforeAll
    static void openBrowser(RunningSystem system) {
        browser = Browser.openSignedOut(system, true);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aWholeCase_fromRegisteringTheArea_toClosure_throughTheFormsAlone() {
        // Every page needs a signed-in officer: the first one leads to the sign-in service, then
        // back.
        browser.get("/areas/new");
        assertThat(browser.path()).isEqualTo("/local/idp/authorize");
        browser.click("#user-admin");
        assertThat(browser.path()).isEqualTo("/areas/new");
        assertThat(browser.text(".app-header__account")).contains("Signed in as Alex Admin");
        browser.screenshot("area-new");

        browser.type("area-name", "Borsetshire");
        browser.type("area-id", "borsetshire");
        browser.type("area-contacts-0-name", "Sam Lead");
        browser.type("area-contacts-0-email", "sam.lead@borsetshire.example");
        browser.type("area-contacts-1-name", "Dana Director");
        browser.type("area-contacts-1-email", "dcs@borsetshire.example");
        browser.submit("main form");
        assertThat(browser.path()).isEqualTo("/areas/borsetshire");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("Borsetshire is registered");
        assertThat(browser.mainText())
                .contains(
                        "Sam Lead",
                        "sam.lead@borsetshire.example",
                        "Lead officer",
                        "Dana Director",
                        "Director of children's services");
        browser.screenshot("area-registered");

        browser.clickLink("Record an inspection of Borsetshire");
        assertThat(browser.value("inspection-area-id")).isEqualTo("borsetshire");
        browser.choose("inspection-framework");
        browser.date("inspection-notified-on", LocalDate.of(2019, 3, 11));
        browser.date("inspection-starts-on", LocalDate.of(2019, 3, 18));
        browser.date("inspection-ends-on", LocalDate.of(2019, 3, 22));
        browser.screenshot("inspection-new");
        browser.submit("main form");
        assertThat(browser.path()).isEqualTo("/inspections/borsetshire-2019-03-18");
        assertThat(browser.text(".govuk-notification-banner")).contains("Inspection recorded");
        assertStage("Awaiting report");
        browser.screenshot("inspection-awaiting-report");

        browser.date("report-received-on", LocalDate.of(2019, 5, 14));
        browser.date("report-received-published-on", LocalDate.of(2019, 5, 22));
        browser.choose("report-received-wsoa-required");
        browser.type(
                "report-received-weaknesses",
                "Timeliness and quality of EHC plans\nJoint commissioning");
        browser.submit("#report-received");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("with 2 areas of significant weakness; WSoA due 21 August 2019");
        assertStage("Written Statement of Action due");
        assertThat(browser.text("#deadlines + .app-table-wrapper"))
                .contains(
                        "Written Statement of Action submission",
                        "21 August 2019",
                        "70 working days after the report was received");
        browser.screenshot("inspection-wsoa-due");

        browser.date("wsoa-submitted-on", LocalDate.of(2019, 8, 21));
        browser.submit("#wsoa-submitted");
        assertStage("WSoA under review");

        browser.date("wsoa-decision-on", LocalDate.of(2019, 9, 10));
        browser.choose("wsoa-decision-fit-for-purpose-2");
        browser.date("wsoa-decision-resubmit-by", LocalDate.of(2019, 10, 8));
        browser.screenshot("inspection-wsoa-decision");
        browser.submit("#wsoa-decision");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("not fit for purpose", "resubmit by 8 October 2019");
        assertStage("Written Statement of Action due");

        browser.date("wsoa-submitted-on", LocalDate.of(2019, 10, 8));
        browser.submit("#wsoa-submitted");
        browser.date("wsoa-decision-on", LocalDate.of(2019, 10, 18));
        browser.choose("wsoa-decision-fit-for-purpose");
        browser.submit("#wsoa-decision");
        assertStage("Monitoring");
        assertThat(browser.text(".govuk-notification-banner")).contains("revisit expected by");
        browser.screenshot("inspection-monitoring");

        // Each area starts at its current status; the review moves 1 to on track and 2 to delayed.
        assertThat(browser.isChosen("monitoring-visit-statuses-1")).isTrue();
        browser.date("monitoring-visit-on", LocalDate.of(2020, 1, 20));
        browser.choose("monitoring-visit-statuses-1-2");
        browser.choose("monitoring-visit-statuses-2-3");
        browser.submit("#monitoring-visit");
        assertThat(browser.text("#weaknesses + .app-table-wrapper"))
                .contains("On track", "Delayed", "On track from 20 January 2020");

        browser.date("revisit-notified-on", LocalDate.of(2020, 3, 2));
        browser.submit("#revisit-notified");
        assertStage("Revisit");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("inspectors arrive 16 March 2020");

        browser.date("revisit-outcome-on", LocalDate.of(2020, 4, 20));
        browser.date("revisit-outcome-published-on", LocalDate.of(2020, 4, 27));
        browser.choose("revisit-outcome-sufficient-progress-1");
        browser.choose("revisit-outcome-sufficient-progress-2-2");
        browser.date("revisit-outcome-app-due-on", LocalDate.of(2020, 6, 30));
        browser.screenshot("inspection-revisit-outcome");
        browser.submit("#revisit-outcome");
        assertStage("Accelerated progress");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains(
                        "insufficient progress in 1 of 2 areas of weakness",
                        "Accelerated Progress Plan due 30 June 2020");
        assertThat(browser.text("#weaknesses + .app-table-wrapper"))
                .contains("Sufficient progress", "Insufficient progress");

        browser.date("app-submitted-on", LocalDate.of(2020, 7, 7));
        browser.submit("#app-submitted");
        browser.date("progress-review-held-on", LocalDate.of(2020, 10, 27));
        browser.submit("#progress-review-held");
        // a step that closes the inspection is confirmed first
        assertThat(browser.text("h1")).isEqualTo("Are you sure you want to close this inspection?");
        browser.submit("main form");
        assertStage("Closed");
        assertThat(browser.mainText())
                .contains("This inspection is closed: there is nothing more to record.");
        assertThat(browser.all(".app-timeline__item")).hasSize(11);
        assertThat(browser.text(".app-timeline"))
                .contains(
                        "Recorded by Alex Admin",
                        "Report received",
                        "WSoA decision",
                        "Monitoring visit",
                        "Revisit notified",
                        "Revisit outcome",
                        "Accelerated Progress Plan submitted",
                        "Formal progress review held",
                        "Formal progress review held on 27 October 2020; case closed.");
        assertThat(browser.text(".app-key-dates"))
                .contains(
                        "WSoA accepted",
                        "18 October 2019",
                        "Progress review held",
                        "27 October 2020");
        browser.screenshot("inspection-closed");
    }

    private static void assertStage(String stage) {
        assertThat(browser.text("#stage")).isEqualTo(stage);
    }
}
