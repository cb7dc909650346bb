package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A form refused and put right, with JavaScript switched off (so this is the plain-HTML form): an
 * error summary whose links lead to each field in error, the messages beside the fields, what was
 * typed kept, and, once corrected, the step recorded. The date boxes' own problem and the domain's
 * rules come back together, each with its one message.
 */
@ExtendWith(RunningSystem.class)
class FormValidationBrowserTest {

    private static Browser browser;
    private static RunningSystem system;

    @BeforeAll
    static void openBrowser(RunningSystem running) {
        system = running;
        browser = Browser.open(running, false);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRefusedForm_summarisesEachError_keepsTheInput_andSucceedsOnceCorrected() {
        browser.get("/inspections/new");
        browser.select("inspection-area-id", "lancashire");
        browser.choose("inspection-framework");
        browser.date("inspection-notified-on", "3", "x", "2019");
        browser.date("inspection-starts-on", LocalDate.of(2019, 6, 10));
        browser.date("inspection-ends-on", LocalDate.of(2019, 6, 7));
        browser.submit("main form");

        assertThat(browser.title()).startsWith("Error: Record an inspection");
        assertThat(browser.errorSummary())
                .containsExactly(
                        new String[] {
                            "#inspection-notified-on-day",
                            "The date the area was notified must be a real date"
                        },
                        new String[] {
                            "#inspection-ends-on-day",
                            "The last day on site must be on or after the date inspectors arrived"
                        });
        assertThat(browser.text("#inspection-ends-on-error"))
                .endsWith("The last day on site must be on or after the date inspectors arrived");
        assertThat(browser.byId("inspection-ends-on-day").getAttribute("class"))
                .contains("govuk-input--error");
        assertThat(browser.value("inspection-notified-on-month")).isEqualTo("x");
        assertThat(browser.value("inspection-starts-on-day")).isEqualTo("10");
        assertThat(browser.value("inspection-area-id")).isEqualTo("lancashire");
        assertThat(browser.isChosen("inspection-framework")).isTrue();
        browser.screenshot("inspection-new-errors");

        browser.one(".govuk-error-summary__list a[href='#inspection-ends-on-day']").click();
        assertThat(browser.url()).endsWith("#inspection-ends-on-day");
        assertThat(browser.byId("inspection-ends-on-day").isDisplayed()).isTrue();

        browser.date("inspection-notified-on", LocalDate.of(2019, 6, 3));
        browser.date("inspection-ends-on", LocalDate.of(2019, 6, 14));
        browser.submit("main form");
        assertThat(browser.path()).isEqualTo("/inspections/lancashire-2019-06-10");
        assertThat(browser.text(".govuk-notification-banner")).contains("Inspection recorded");

        // An event form: the domain's own message, linked to the radios it is about.
        browser.date("report-received-on", LocalDate.of(2019, 8, 1));
        browser.type("report-received-weaknesses", "Quality of EHC plans");
        browser.submit("#report-received");
        assertThat(browser.errorSummary())
                .containsExactly(
                        new String[] {
                            "#report-received-wsoa-required",
                            "Select whether a Written Statement of Action is required"
                        });
        assertThat(browser.value("report-received-on-day")).isEqualTo("1");
        assertThat(browser.value("report-received-weaknesses")).isEqualTo("Quality of EHC plans");
        assertThat(browser.text("#stage")).isEqualTo("Awaiting report");
        browser.screenshot("inspection-report-errors");

        // Reloading the address the refused form left the browser on shows the forms again.
        assertThat(browser.path()).isEqualTo("/inspections/lancashire-2019-06-10/events");
        browser.get(browser.path());
        assertThat(browser.path()).isEqualTo("/inspections/lancashire-2019-06-10");
        assertThat(browser.mainText()).doesNotContain("This page cannot be used that way");
        browser.date("report-received-on", LocalDate.of(2019, 8, 1));
        browser.type("report-received-weaknesses", "Quality of EHC plans");

        browser.choose("report-received-wsoa-required");
        browser.submit("#report-received");
        assertThat(browser.errorSummary()).isEmpty();
        assertThat(browser.text("#stage")).isEqualTo("Written Statement of Action due");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("with 1 area of significant weakness;");
    }

    @Test
    void anEventForm_getsEveryErrorInOnePass_eachLinkedToItsOwnField() {
        // given a 2016 inspection notified 3 June 2019, on site 10 to 14 June
        Http http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"onepassshire","name":"Onepassshire (test)","contacts":[
                  {"name":"Olu Lead","email":"lead@onepassshire.example","role":"LEAD_OFFICER"}]}""");
        http.api(
                "/api/inspections",
                """
                {"areaId":"onepassshire","framework":"LASEND_2016","notifiedOn":"2019-06-03","startsOn":"2019-06-10","endsOn":"2019-06-14"}""");
        browser.get("/inspections/onepassshire-2019-06-10");

        // when the report is dated before the notification, published before it was received,
        // and the WSoA question is left unanswered
        browser.date("report-received-on", LocalDate.of(2019, 5, 1));
        browser.date("report-received-published-on", LocalDate.of(2019, 4, 30));
        browser.submit("#report-received");

        // then all three come back at once, each linked to its own field and shown beside it
        assertThat(browser.errorSummary())
                .containsExactly(
                        new String[] {
                            "#report-received-on-day",
                            "The date the report was received cannot be before 3 June 2019, the date of the notification"
                        },
                        new String[] {
                            "#report-received-published-on-day",
                            "The date the report was published must be on or after the date it was received"
                        },
                        new String[] {
                            "#report-received-wsoa-required",
                            "Select whether a Written Statement of Action is required"
                        });
        assertThat(browser.text("#report-received-published-on-error"))
                .endsWith(
                        "The date the report was published must be on or after the date it was received");
        assertThat(browser.text("#stage")).isEqualTo("Awaiting report");
    }

    @Test
    void aMonthOf13_isLinkedToTheMonthBox_notTheDay() {
        browser.get("/inspections/new");
        browser.select("inspection-area-id", "lancashire");
        browser.choose("inspection-framework");
        browser.date("inspection-notified-on", "3", "13", "2019");
        browser.date("inspection-starts-on", LocalDate.of(2019, 6, 10));
        browser.date("inspection-ends-on", LocalDate.of(2019, 6, 14));
        browser.submit("main form");

        assertThat(browser.errorSummary()).hasSize(1);
        assertThat(browser.errorSummary().get(0)[0]).isEqualTo("#inspection-notified-on-month");
        assertThat(browser.byId("inspection-notified-on-month").getAttribute("class"))
                .contains("govuk-input--error");
        assertThat(browser.byId("inspection-notified-on-day").getAttribute("class"))
                .doesNotContain("govuk-input--error");
    }

    @Test
    void recordAnInspection_fromAnAreasPage_goesBackToThatArea_evenAfterARefusal() {
        browser.get("/areas/lancashire");
        browser.click("main a[href^='/inspections/new?areaId=lancashire']");
        assertThat(browser.path()).isEqualTo("/inspections/new");
        assertThat(browser.one(".govuk-back-link").getAttribute("href"))
                .endsWith("/areas/lancashire");
        assertThat(browser.text(".govuk-back-link")).isEqualTo("Back");

        browser.submit("main form");

        assertThat(browser.title()).startsWith("Error: Record an inspection");
        assertThat(browser.one(".govuk-back-link").getAttribute("href"))
                .endsWith("/areas/lancashire");
        browser.clickLink("Back");
        assertThat(browser.path()).isEqualTo("/areas/lancashire");
    }
}
