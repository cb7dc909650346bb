package org.sendtracker.local.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The page at "/": what is overdue across the areas, and the same for one area. */
@ExtendWith(RunningSystem.class)
class DashboardBrowserTest {

    private static Browser browser;

    @BeforeAll
    static void openBrowser(RunningSystem system) {
        browser = Browser.open(system);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDashboard_showsAnOverdueDeadline_withItsRule_andFiltersByArea() {
        browser.get("/");
        assertThat(browser.title()).isEqualTo("Deadlines – SEND inspection tracker");
        String overdue = browser.text("#overdue + .app-table-wrapper");
        assertThat(overdue).contains("9 August 2018", "Cheshire East", "Written Statement of Action submission",
                "Inspection of 12 March 2018", "Rule: 70 working days after the report was received", "Overdue");
        assertThat(overdue).contains("Cumbria");
        assertThat(browser.text("#inspections + p + .app-table-wrapper")).contains("Cheshire East", "Written Statement of Action due", "WSoA submitted");
        browser.screenshot("dashboard");

        browser.select("filter-area", "cheshire-east");
        browser.submit("form.app-filter");
        assertThat(browser.url()).contains("areaId=cheshire-east");
        assertThat(browser.text("#overdue + .app-table-wrapper")).contains("Cheshire East").doesNotContain("Cumbria");
        assertThat(browser.one("a[download][href^='/deadlines.csv']").getAttribute("href")).contains("areaId=cheshire-east");
        browser.screenshot("dashboard-cheshire-east");

        browser.click("#inspections + p + .app-table-wrapper a[href='/inspections/cheshire-east-2018-03-12']");
        assertThat(browser.path()).isEqualTo("/inspections/cheshire-east-2018-03-12");
        assertThat(browser.mainText()).contains("Record that the Written Statement of Action was submitted");
    }
}
