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
 * end of its weeks), met and no longer needed ones included, not only the overdue and upcoming ones
 * the dashboard lists. "Today" is 23 November 2026.
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
    void aMetDeadline_isInTheCsv_withWhenItWasMet() {
        String csv = csv("/deadlines.csv?areaId=" + metArea + "&weeks=8");

        assertThat(csv)
                .contains(
                        "Written Statement of Action submission,2019-08-21,Met,Met on 20 August 2019");
    }

    @Test
    void theAreaFilter_keepsOtherAreasOut() {
        String csv = csv("/deadlines.csv?areaId=" + metArea + "&weeks=52");

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

    private static String csv(String path) {
        ApiStack.Response response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
