package org.sendtracker.http.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.record;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * {@code GET /deadlines.csv}: every deadline the dashboard's filters take in (its area, up to the
 * end of its weeks) from a first due date (12 months back unless asked), met and no longer needed
 * ones included, not only the overdue and upcoming ones the dashboard lists, and every one still to
 * do however old. "Today" is 23 November 2026.
 */
class DeadlinesCsvTest {

    static ApiStack api;

    /** 2016 framework: WSoA due 21 August 2019, met 20 August 2019. */
    static String metArea;

    /**
     * 2023 framework, report 1 October 2026 with outcome 2: plan due 20 November 2026 (overdue),
     * engagement meeting 1 October 2027, next inspection 1 October 2029.
     */
    static String recentArea;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        String met = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        metArea = met.substring(0, met.length() - "-2019-03-18".length());
        record(
                api,
                met,
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-20"}
                """);
        recentArea = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("northshire"));
        String recent =
                api.post(
                                "/api/inspections",
                                """
                        {"areaId":"%s","framework":"AREA_SEND_2023","notifiedOn":"2026-09-07","startsOn":"2026-09-21","endsOn":"2026-09-25"}
                        """
                                        .formatted(recentArea))
                        .json()
                        .get("id")
                        .asText();
        record(
                api,
                recent,
                """
                {"type":"REPORT_RECEIVED","on":"2026-10-01","outcome":2}
                """);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aMetDeadline_isInTheWholeRecordsCsv_withWhenItWasMet() {
        String csv = csv("/deadlines.csv?areaId=" + metArea + "&weeks=8&from=2016-01-01");

        assertThat(csv)
                .contains(
                        "Written Statement of Action submission,2019-08-21,Met,Met on 20 August 2019");
    }

    @Test
    void theAreaFilter_keepsOtherAreasOut() {
        String csv = csv("/deadlines.csv?areaId=" + metArea + "&weeks=52&from=2016-01-01");

        assertThat(csv).contains(metArea).doesNotContain(recentArea);
    }

    @Test
    void theWeeksFilter_endsTheCsv_whereTheDashboardsWindowEnds() {
        String eightWeeks = csv("/deadlines.csv?areaId=" + recentArea + "&weeks=8");
        String aYear = csv("/deadlines.csv?areaId=" + recentArea + "&weeks=52");

        assertThat(eightWeeks).contains(",2026-11-20,Overdue,").doesNotContain("2027-10-01");
        assertThat(aYear)
                .contains(",2026-11-20,Overdue,", ",2027-10-01,")
                .doesNotContain("2029-10-01");
    }

    @Test
    void byDefault_aDeadlineMetMoreThan12MonthsAgo_isLeftOut_butOneStillToDo_isKeptHoweverOld() {
        String overdue = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        String overdueArea = overdue.substring(0, overdue.length() - "-2019-03-18".length());

        String met = csv("/deadlines.csv?areaId=" + metArea + "&weeks=8");
        String stillToDo = csv("/deadlines.csv?areaId=" + overdueArea + "&weeks=8");

        assertThat(met.lines()).containsExactly(met.lines().findFirst().orElseThrow());
        assertThat(stillToDo)
                .contains("Written Statement of Action submission,2019-08-21,Overdue,");
    }

    @Test
    void fromADate_theCsvStartsThere() {
        String fromItsDueDay = csv("/deadlines.csv?areaId=" + metArea + "&weeks=8&from=2019-08-21");
        String fromTheDayAfter =
                csv("/deadlines.csv?areaId=" + metArea + "&weeks=8&from=2019-08-22");

        assertThat(fromItsDueDay)
                .contains(
                        "Written Statement of Action submission,2019-08-21,Met,Met on 20 August 2019");
        assertThat(fromTheDayAfter).doesNotContain("Written Statement of Action submission");
    }

    @Test
    void theFileName_saysTheAreaAndTheRange() {
        assertThat(fileName("/deadlines.csv?areaId=" + recentArea + "&weeks=8"))
                .isEqualTo(
                        "attachment; filename=\"send-deadlines-"
                                + recentArea
                                + "-from-2025-11-23-to-2027-01-18.csv\"");
        assertThat(fileName("/deadlines.csv?weeks=8&from=2016-01-01"))
                .isEqualTo(
                        "attachment; filename=\"send-deadlines-all-areas-whole-record-to-2027-01-18.csv\"");
        assertThat(fileName("/deadlines.csv?weeks=52&from=2024-04-01"))
                .isEqualTo(
                        "attachment; filename=\"send-deadlines-all-areas-from-2024-04-01-to-2027-11-22.csv\"");
    }

    @Test
    void aFirstDueDateThatIsNotOne_isA400PageSayingWhy_andNoFile() {
        assertRefused(
                "/deadlines.csv?from=2025-02-30",
                "The first due date must be a real date written year-month-day, for example 2025-11-23.");
        assertRefused(
                "/deadlines.csv?from=last%20year",
                "The first due date must be a real date written year-month-day, for example 2025-11-23.");
        assertRefused(
                "/deadlines.csv?from=2015-12-31",
                "The first due date must be on or after 1 January 2016: no deadline is earlier. Ask from 2016-01-01 for the whole record.");
        assertRefused(
                "/deadlines.csv?weeks=8&from=2027-01-19",
                "The first due date must be on or before 18 January 2027, the end of the 8 weeks asked for.");
    }

    @Test
    void anAreaOrWeeksNotOffered_isA400PageSayingWhy_notEveryAreasFile() {
        // both gave a file of every area, or of 8 weeks, under a name that said so
        assertRefused(
                "/deadlines.csv?areaId=zzz",
                "There is no such area to export",
                "None of the areas you can see has the short id asked for. Choose the area on"
                        + " the dashboard, or leave it out to export every area you can see.");
        assertRefused(
                "/deadlines.csv?areaId=Not%20an%20id",
                "There is no such area to export",
                "An area is given by its short id, such as cumbria.");
        assertRefused(
                "/deadlines.csv?weeks=9",
                "This spreadsheet's weeks do not work",
                "The weeks must be one of 2, 4, 8, 13, 26, 52, as the dashboard offers them.");
        assertRefused(
                "/deadlines.csv?weeks=lots",
                "This spreadsheet's weeks do not work",
                "The weeks must be one of 2, 4, 8, 13, 26, 52");
        // left empty, as a form leaves a field: not given, so every area the caller can see
        assertThat(csv("/deadlines.csv?areaId=&weeks=&from=2016-01-01"))
                .isEqualTo(csv("/deadlines.csv?weeks=8&from=2016-01-01"))
                .contains(metArea, recentArea);
        assertThat(fileName("/deadlines.csv?weeks=8&from=2016-01-01"))
                .isEqualTo(
                        "attachment; filename=\"send-deadlines-all-areas-whole-record-to-2027-01-18.csv\"");
    }

    private static void assertRefused(String path, String heading, String message) {
        ApiStack.Response response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Disposition")).isNull();
        assertThat(response.body())
                .contains("<h1 class=\"govuk-heading-l\">" + heading + "</h1>")
                .contains(message);
    }

    private static void assertRefused(String path, String message) {
        ApiStack.Response response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.header("Content-Disposition")).isNull();
        assertThat(response.body())
                .contains(
                        "<h1 class=\"govuk-heading-l\">This spreadsheet's first due date does not work</h1>",
                        message);
    }

    private static String fileName(String path) {
        ApiStack.Response response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.header("Content-Disposition");
    }

    private static String csv(String path) {
        ApiStack.Response response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
