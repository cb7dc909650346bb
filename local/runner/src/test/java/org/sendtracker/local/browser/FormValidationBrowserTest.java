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

    @BeforeAll
    static void openBrowser(RunningSystem system) {
        browser = Browser.open(system, false);
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
                .contains("with 1 areas of significant weakness");
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
