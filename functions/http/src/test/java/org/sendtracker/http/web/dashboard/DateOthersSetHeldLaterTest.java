package org.sendtracker.http.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * A date others set (here DfE and NHS England's quarterly monitoring visit) that happened after its
 * expected date is not the council's lateness (docs/domain-rules.md §1.4): its page says when it
 * happened against the expected date, without "Met late", and the dashboard's list of deadlines met
 * late leaves it out. "Today" is 23 November 2026.
 */
class DateOthersSetHeldLaterTest {

    static ApiStack api;
    static String id;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        id = ApiFixtures.aCumbriaLikeInspectionInMonitoring(api);
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"DEADLINE_OVERRIDDEN","deadline":"MONITORING_REVIEW","dueOn":"2026-11-02","reason":"DfE moved the visit"}""");
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"MONITORING_VISIT","on":"2026-11-05","statuses":{"1":"ON_TRACK"}}""");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theInspectionPage_saysWhenItHappened_againstTheExpectedDate_notMetLate() {
        String page = api.get("/inspections/" + id).body();

        assertThat(page)
                .contains("On 5 November 2026, 3 days after the expected date")
                .doesNotContain("Met late", "3 days late");
        // the API keeps the status the dates give
        assertThat(api.get("/api/inspections/" + id).body()).contains("\"status\":\"MET_LATE\"");
    }

    @Test
    void theDashboardsMetLateList_leavesItOut() {
        assertThat(DashboardSection.of(api, "/", ApiStack.OFFICER_BEARER, "met-late"))
                .doesNotContain(id);
    }
}
