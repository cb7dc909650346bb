package org.sendtracker.http.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.record;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * The dashboard and the CSV in June 2031, more than 15 years after the first inspections: the
 * overdue list reads the outstanding deadlines, however old, and no range is refused (before, the
 * overdue query covered 2016 to a year ahead and a range of 15 years was refused: a 500 from 2030).
 */
class DashboardFarFutureTest {

    static ApiStack api;

    /** 2016 framework: WSoA due 17 September 2019, never submitted. */
    static String overdue;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        String area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("southshire"));
        overdue =
                api.post(
                                "/api/inspections",
                                """
                        {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"2019-04-29","startsOn":"2019-05-06","endsOn":"2019-05-10"}
                        """
                                        .formatted(area))
                        .json()
                        .get("id")
                        .asText();
        record(
                api,
                overdue,
                """
                {"type":"REPORT_RECEIVED","on":"2019-06-10","wsoaRequired":true,"weaknesses":["Leadership"]}
                """);
        api.clock().set(Instant.parse("2031-06-02T09:00:00Z"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void in2031_theDashboardAnswers_andListsA2019DeadlineAsOverdue() {
        ApiStack.Response page = api.request("GET", "/", null, "Accept", "text/html");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("/inspections/" + overdue).contains("17 September 2019");
    }

    @Test
    void in2031_theCsvAnswers_withEveryDeadlineSinceTheFirstInspection() {
        ApiStack.Response csv = api.get("/deadlines.csv");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).contains("2019-09-17");
    }
}
