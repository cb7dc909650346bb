package org.sendtracker.http.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * A WSoA submitted after its due date is met late, with how late in working days, the same in the
 * JSON API, on the inspection page and in its calendar (docs/domain-rules.md §1.4). "Today" is 23
 * November 2026.
 */
class MetLateApiTest {

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /**
     * WSoA due Wednesday 21 August 2019, submitted Thursday 29 August: five working days late, as
     * Monday 26 August was the summer bank holiday.
     */
    private static String aWsoaSubmittedFiveWorkingDaysLate() {
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-29"}""");
        return id;
    }

    @Test
    void aWsoaSubmittedFiveWorkingDaysLate_isMetLate_byFiveWorkingDays_inTheApi() {
        String id = aWsoaSubmittedFiveWorkingDaysLate();

        JsonNode wsoa = ApiFixtures.inspection(api, id).at("/deadlines/0");

        assertThat(wsoa.get("kind").asText()).isEqualTo("WSOA_SUBMISSION");
        assertThat(wsoa.get("dueOn").asText()).isEqualTo("2019-08-21");
        assertThat(wsoa.get("metOn").asText()).isEqualTo("2019-08-29");
        assertThat(wsoa.get("status").asText()).isEqualTo("MET_LATE");
        assertThat(wsoa.get("workingDaysLate").asInt()).isEqualTo(5);
        assertThat(
                        wsoa.path("calendarDaysLate").isNull()
                                || wsoa.path("calendarDaysLate").isMissingNode())
                .isTrue();
        assertThat(wsoa.get("setBy").asText()).isEqualTo("COUNCIL");
    }

    @Test
    void metLateDeadlines_canBeAskedFor_byStatus() {
        String id = aWsoaSubmittedFiveWorkingDaysLate();
        String area = id.substring(0, id.length() - "-2019-03-18".length());

        JsonNode found =
                api.get(
                                "/api/deadlines?from=2019-01-01&to=2019-12-31&status=MET_LATE&areaId="
                                        + area)
                        .json();

        assertThat(found).hasSize(1);
        assertThat(found.at("/0/deadline/status").asText()).isEqualTo("MET_LATE");
        assertThat(found.at("/0/deadline/workingDaysLate").asInt()).isEqualTo(5);
    }

    @Test
    void onTheInspectionPage_aMetLateDeadline_hasALateTag_notAGreenOne() {
        String id = aWsoaSubmittedFiveWorkingDaysLate();

        String page = api.get("/inspections/" + id).body();

        assertThat(page)
                .contains("<strong class=\"govuk-tag govuk-tag--yellow\">Met late</strong>")
                .contains("Met on 29 August 2019, 5 working days late")
                .doesNotContain("govuk-tag--green\">Met</strong>");
    }

    @Test
    void inTheCalendar_aMetLateDeadline_isMarkedLate() {
        String id = aWsoaSubmittedFiveWorkingDaysLate();

        String ics = api.get("/inspections/" + id + "/calendar.ics").body().replace("\r\n ", "");

        assertThat(ics)
                .contains("Written Statement of Action submission (met late\\, 5 working days)")
                .contains("Status: Met late (Met on 29 August 2019\\, 5 working days late)");
    }

    @Test
    void onTheDashboard_aDeadlineMetLateLately_isListedWithItsLateTag() {
        // given a WSoA whose due date was moved to Monday 9 November 2026, submitted on Monday 16
        // November: 5 working days late, a week before today
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        String area = id.substring(0, id.length() - "-2019-03-18".length());
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_SUBMISSION","dueOn":"2026-11-09","reason":"Extension agreed with Ofsted"}""");
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"WSOA_SUBMITTED","on":"2026-11-16"}""");

        // when
        String dashboard = api.get("/?areaId=" + area).body();

        // then
        String metLate = dashboard.substring(dashboard.indexOf("id=\"met-late\""));
        assertThat(metLate)
                .startsWith(
                        "id=\"met-late\">Met late, due in the last 8 weeks <span class=\"govuk-caption-m app-count\">1 deadline</span>")
                .contains("<strong class=\"govuk-tag govuk-tag--yellow\">Met late</strong>")
                .contains("Met on 16 November 2026, 5 working days late");
    }

    @Test
    void inTheCsv_aMetLateDeadline_saysSo_withHowLateAndInWhichDays() {
        String id = aWsoaSubmittedFiveWorkingDaysLate();
        String area = id.substring(0, id.length() - "-2019-03-18".length());

        String csv = api.get("/deadlines.csv?areaId=" + area + "&from=2016-01-01").body();

        assertThat(csv.lines().filter(line -> line.contains("Written Statement of Action")))
                .singleElement()
                .asString()
                .contains(
                        ",2019-08-21,Met late,\"Met on 29 August 2019, 5 working days late\",5,working days,the council,");
    }

    @Test
    void aWsoaSubmittedOnItsDueDay_isMet() {
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-21"}""");

        JsonNode wsoa = ApiFixtures.inspection(api, id).at("/deadlines/0");

        assertThat(wsoa.get("status").asText()).isEqualTo("MET");
        assertThat(
                        wsoa.path("workingDaysLate").isNull()
                                || wsoa.path("workingDaysLate").isMissingNode())
                .isTrue();
    }
}
