package org.sendtracker.http.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * Dates others set (the quarterly review DfE and NHS England hold, the revisit Ofsted and CQC make)
 * that passed with nothing recorded are "Not recorded yet", never "Overdue", with a way to record
 * them: the same in the API, the inspection page, the dashboard, the CSV and the calendar
 * (docs/domain-rules.md §1.4). "Today" is 23 November 2026.
 */
class NotRecordedPagesTest {

    static ApiStack api;

    /** WSoA accepted 18 October 2019: review due 18 January 2020, revisit by 18 April 2021. */
    static String id;

    static String area;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        id = ApiFixtures.aCumbriaLikeInspectionInMonitoring(api);
        area = id.substring(0, id.length() - "-2019-03-18".length());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void inTheApi_theyAreNotRecorded_andSayWhoSetsTheDate() {
        JsonNode deadlines = ApiFixtures.inspection(api, id).get("deadlines");

        assertThat(deadlines.get(1).get("kind").asText()).isEqualTo("MONITORING_REVIEW");
        assertThat(deadlines.get(1).get("status").asText()).isEqualTo("NOT_RECORDED");
        assertThat(deadlines.get(1).get("setBy").asText()).isEqualTo("DFE_NHSE");
        assertThat(deadlines.get(2).get("kind").asText()).isEqualTo("REVISIT");
        assertThat(deadlines.get(2).get("status").asText()).isEqualTo("NOT_RECORDED");
        assertThat(deadlines.get(2).get("setBy").asText()).isEqualTo("INSPECTORATES");
    }

    @Test
    void onTheInspectionPage_theyAreNotRecordedYet_withALinkToRecordThem_neverOverdue() {
        String page = api.get("/inspections/" + id).body();
        String deadlines = page.substring(page.indexOf("id=\"deadlines\""));

        assertThat(deadlines)
                .contains("<strong class=\"govuk-tag govuk-tag--purple\">Not recorded yet</strong>")
                .contains("Expected by 18 April 2021: nothing recorded yet")
                .contains("href=\"/inspections/" + id + "#actions\">Record what happened")
                .doesNotContain("Overdue");
    }

    @Test
    void onTheDashboard_theyAreListed_notDropped() {
        String page = api.get("/?areaId=" + area).body();

        assertThat(page)
                .contains("Overdue or not recorded yet")
                .contains("govuk-tag--purple\">Not recorded yet</strong>")
                .contains("Ofsted and CQC revisit");
    }

    @Test
    void someoneWhoMayOnlyRead_isNotOfferedToRecordThem() {
        String viewer =
                api.bearerFor("Vi Viewer", ApiFixtures.areasAccess("VIEWER", List.of(area)));

        String dashboard =
                api.request("GET", "/?areaId=" + area, null, "Authorization", viewer).body();
        String page =
                api.request("GET", "/inspections/" + id, null, "Authorization", viewer).body();

        assertThat(dashboard)
                .contains("govuk-tag--purple\">Not recorded yet</strong>")
                .doesNotContain("Record what happened");
        assertThat(page.substring(page.indexOf("id=\"deadlines\"")))
                .contains("govuk-tag--purple\">Not recorded yet</strong>")
                .doesNotContain("Record what happened");
        assertThat(api.get("/?areaId=" + area).body())
                .as("an editor is")
                .contains("href=\"/inspections/" + id + "#actions\">Record what happened");
    }

    @Test
    void inTheCsv_theyAreNotRecordedYet_andSayWhoSetsTheDate() {
        String csv = api.get("/deadlines.csv?areaId=" + area).body();

        assertThat(csv.lines())
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .contains(
                                                "Ofsted and CQC revisit,2021-04-18,Not recorded yet",
                                                "Ofsted and CQC"));
        assertThat(csv.lines().findFirst().orElseThrow())
                .contains("Status,When,Days late,Days late counted in,Date set by");
    }

    @Test
    void inTheCalendar_theyAreMarkedNotRecordedYet() {
        String ics = api.get("/inspections/" + id + "/calendar.ics").body().replace("\r\n ", "");

        assertThat(ics).contains("Ofsted and CQC revisit (not recorded yet)");
    }

    @Test
    void aClosedCase_keepsItsMissedReviewOnItsPage_butOffTheDashboard() {
        // given the review due 18 January 2020 never recorded, then a revisit that closed the case
        String closed = ApiFixtures.aCumbriaLikeInspectionInRevisit(api);
        String closedArea = closed.substring(0, closed.length() - "-2019-03-18".length());
        ApiFixtures.record(
                api,
                closed,
                """
                {"type":"REVISIT_OUTCOME","on":"2021-04-20","sufficientProgress":{"1":true,"2":true,"3":true}}""");

        // then its page still shows it, with nothing left to record, and the to-do list does not
        String page = api.get("/inspections/" + closed).body();
        assertThat(page.substring(page.indexOf("id=\"deadlines\"")))
                .contains("govuk-tag--purple\">Not recorded yet</strong>")
                .doesNotContain("Record what happened");
        assertThat(api.get("/?areaId=" + closedArea).body()).doesNotContain("Not recorded yet");
    }
}
