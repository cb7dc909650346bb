package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
    void theDashboard_listsDeadlinesWithTheirRule_andFiltersByArea() {
        browser.get("/");
        assertThat(browser.title()).isEqualTo("Deadlines – SEND inspection tracker");
        assertThat(browser.mainText())
                .contains(
                        "Barsetshire (fictional)",
                        "Written Statement of Action submission",
                        "Rule: 70 working days after the report was received",
                        "Wyvern Vale (fictional)");
        assertThat(browser.text("#inspections + p + .app-table-wrapper"))
                .contains(
                        "Barsetshire (fictional)",
                        "Written Statement of Action due",
                        "WSoA submitted");
        browser.screenshot("dashboard");

        browser.select("filter-area", "barsetshire");
        browser.submit("form.app-filter");
        assertThat(browser.url()).contains("areaId=barsetshire");
        assertThat(browser.text("#inspections + p + .app-table-wrapper"))
                .contains("Barsetshire (fictional)")
                .doesNotContain("Wyvern Vale");
        assertThat(browser.one("a[download][href^='/deadlines.csv']").getAttribute("href"))
                .contains("areaId=barsetshire");
        browser.screenshot("dashboard-barsetshire");

        browser.click(
                "#inspections + p + .app-table-wrapper a[href='/inspections/barsetshire-2022-12-05']");
        assertThat(browser.path()).isEqualTo("/inspections/barsetshire-2022-12-05");
        assertThat(browser.mainText())
                .contains("Record that the Written Statement of Action was submitted");
    }
}
