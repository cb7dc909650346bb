package org.sendtracker.http.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Json;

/**
 * {@code GET /api/deadlines} across areas and years, filtered by area and status, in due-date
 * order; {@code GET /api/inspections?areaId=} (docs/domain-rules.md §3). "Today" is 23 November
 * 2026.
 */
class DeadlinesApiTest {

    static ApiStack api;

    /**
     * 2023 framework, report 1 October 2026 with outcome 2: plan 20 Nov 2026 (overdue), meeting 1
     * Oct 2027, next inspection 1 Oct 2029.
     */
    static String recent;

    static String recentArea;

    /**
     * 2016 framework: WSoA due 21 August 2019, met 20 August; a second, earlier inspection of the
     * same area.
     */
    static String met;

    static String metArea;

    static String overdueArea;

    /** 2016 framework: WSoA due 17 September 2019, never submitted. */
    static String overdue;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        // recorded in an order unlike the due dates', so that the order of the answers is the
        // index's
        recentArea = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("northshire"));
        recent = create(recentArea, "AREA_SEND_2023", "2026-09-07", "2026-09-21", "2026-09-25");
        record(
                api,
                recent,
                """
                {"type":"REPORT_RECEIVED","on":"2026-10-01","outcome":2}
                """);

        met = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        metArea = met.substring(0, met.length() - "-2019-03-18".length());
        record(
                api,
                met,
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-20"}
                """);

        overdueArea = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("southshire"));
        overdue = create(overdueArea, "LASEND_2016", "2019-04-29", "2019-05-06", "2019-05-10");
        record(
                api,
                overdue,
                """
                {"type":"REPORT_RECEIVED","on":"2019-06-10","wsoaRequired":true,"weaknesses":["Leadership"]}
                """);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void deadlinesInOneYear_acrossAreas_comeInDueDateOrder() {
        assertThat(due("/api/deadlines?from=2019-01-01&to=2019-12-31"))
                .containsExactly(
                        met + " WSOA_SUBMISSION 2019-08-21 MET",
                        overdue + " WSOA_SUBMISSION 2019-09-17 OVERDUE");
    }

    @Test
    void deadlinesAcrossYearBoundaries_comeFromEveryYearInDueDateOrder() {
        assertThat(due("/api/deadlines?from=2019-08-01&to=2027-12-31"))
                .containsExactly(
                        met + " WSOA_SUBMISSION 2019-08-21 MET",
                        overdue + " WSOA_SUBMISSION 2019-09-17 OVERDUE",
                        recent + " STRATEGIC_PLAN_UPDATE 2026-11-20 OVERDUE",
                        recent + " ENGAGEMENT_MEETING 2027-10-01 OPEN");
    }

    @Test
    void rangeBoundaries_areInclusive() {
        assertThat(due("/api/deadlines?from=2019-08-21&to=2019-08-21"))
                .containsExactly(met + " WSOA_SUBMISSION 2019-08-21 MET");
        assertThat(due("/api/deadlines?from=2019-08-22&to=2019-09-16")).isEmpty();
    }

    @Test
    void deadlinesOfOneArea_comeInDueDateOrder() {
        assertThat(due("/api/deadlines?from=2019-01-01&to=2030-12-31&areaId=" + recentArea))
                .containsExactly(
                        recent + " STRATEGIC_PLAN_UPDATE 2026-11-20 OVERDUE",
                        recent + " ENGAGEMENT_MEETING 2027-10-01 OPEN",
                        recent + " NEXT_FULL_INSPECTION 2029-10-01 OPEN");
    }

    @Test
    void deadlinesByStatus_areThoseWithThatStatusToday() {
        String range = "/api/deadlines?from=2019-01-01&to=2030-12-31&status=";
        assertThat(due(range + "OPEN"))
                .containsExactly(
                        recent + " ENGAGEMENT_MEETING 2027-10-01 OPEN",
                        recent + " NEXT_FULL_INSPECTION 2029-10-01 OPEN");
        assertThat(due(range + "OVERDUE"))
                .containsExactly(
                        overdue + " WSOA_SUBMISSION 2019-09-17 OVERDUE",
                        recent + " STRATEGIC_PLAN_UPDATE 2026-11-20 OVERDUE");
        assertThat(due(range + "MET")).containsExactly(met + " WSOA_SUBMISSION 2019-08-21 MET");
        assertThat(due(range + "MET&areaId=" + recentArea)).isEmpty();
    }

    @Test
    void withoutDates_deadlinesFromTheFirstInspectionToAYearAhead_soNothingOverdueIsMissed() {
        assertThat(due("/api/deadlines"))
                .containsExactly(
                        met + " WSOA_SUBMISSION 2019-08-21 MET",
                        overdue + " WSOA_SUBMISSION 2019-09-17 OVERDUE",
                        recent + " STRATEGIC_PLAN_UPDATE 2026-11-20 OVERDUE",
                        recent + " ENGAGEMENT_MEETING 2027-10-01 OPEN");
    }

    @Test
    void eachDeadline_carriesItsInspectionAreaFrameworkStageAndRule() {
        JsonNode found = api.get("/api/deadlines?from=2019-09-17&to=2019-09-17").json();
        assertThat(found)
                .isEqualTo(
                        Json.parse(
                                """
                [{"inspectionId":"%s","areaId":"%s","framework":"LASEND_2016","stage":"WSOA_DUE",
                  "deadline":{"id":"WSOA_SUBMISSION","kind":"WSOA_SUBMISSION","label":"Written Statement of Action submission",
                              "dueOn":"2019-09-17","computedDueOn":"2019-09-17","overrideReason":null,"status":"OVERDUE","metOn":null,
                              "rule":"70 working days after the report was received",
                              "source":"SI 2015/1792, Explanatory Note; working days as in SI 2005/1973 reg 1(3)","owner":"LEAD_OFFICER",
                              "setBy":"COUNCIL","workingDaysLate":null,"calendarDaysLate":null}}]
                """
                                        .formatted(
                                                overdue,
                                                overdue.substring(
                                                        0,
                                                        overdue.length()
                                                                - "-2019-05-06".length()))));
    }

    @Test
    void inspectionsOfAnArea_comeInOrderOfTheirStart_andOnlyThatArea() {
        // given a second, earlier inspection of an area, recorded after the first
        String earlier = create(metArea, "LASEND_2016", "2017-11-06", "2017-11-13", "2017-11-17");

        // when the area's inspections are listed
        ApiStack.Response listed = api.get("/api/inspections?areaId=" + metArea);

        // then both come, earliest first, each with its stage and version
        assertThat(listed.status()).isEqualTo(200);
        List<String> inspections = new ArrayList<>();
        listed.json()
                .forEach(
                        i ->
                                inspections.add(
                                        i.get("id").asText()
                                                + " "
                                                + i.get("stage").asText()
                                                + " v"
                                                + i.get("version").asLong()));
        assertThat(inspections)
                .containsExactly(earlier + " AWAITING_REPORT v1", met + " WSOA_UNDER_REVIEW v3");
    }

    @Test
    void
            anAreasList_summarisesEachInspection_andLinksToItsAuditTrail_ratherThanShowingAnEmptyOne() {
        ApiStack.Response listed = api.get("/api/inspections?areaId=" + metArea);

        var first = listed.json().get(0);
        assertThat(first.has("events")).isFalse();
        assertThat(first.has("emails")).isFalse();
        assertThat(first.get("href").asText())
                .isEqualTo("/api/inspections/" + first.get("id").asText());
        assertThat(api.get(first.get("href").asText()).json().get("events")).isNotEmpty();
    }

    @Test
    void inspectionsOfAnAreaWithNone_isAnEmptyList() {
        String area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("eastshire"));
        ApiStack.Response listed = api.get("/api/inspections?areaId=" + area);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()).isEqualTo(Json.parse("[]"));
    }

    private static String create(
            String area, String framework, String notifiedOn, String startsOn, String endsOn) {
        ApiStack.Response created =
                api.post(
                        "/api/inspections",
                        """
                {"areaId":"%s","framework":"%s","notifiedOn":"%s","startsOn":"%s","endsOn":"%s"}
                """
                                .formatted(area, framework, notifiedOn, startsOn, endsOn));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /**
     * "cumbria-1-2019-03-18 WSOA_SUBMISSION 2019-08-21 MET": one line per deadline found, in the
     * order given.
     */
    @Test
    void aLimit_givesPages_eachLinkingToTheNext_untilAllAreRead_inDueDateOrder() {
        List<String> pages = new ArrayList<>();
        List<String> all = new ArrayList<>();
        String next = "/api/deadlines?from=2019-08-01&to=2027-12-31&limit=1";
        while (next != null) {
            ApiStack.Response page = api.get(next);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            all.addAll(lines(page));
            pages.add(next);
            String link = page.header("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
            if (next != null) {
                assertThat(link).endsWith(">; rel=\"next\"");
                assertThat(next)
                        .startsWith("/api/deadlines?from=2019-08-01&to=2027-12-31&limit=1&next=")
                        .endsWith(page.header("Next-Cursor"));
            }
            assertThat(pages).as("pages followed").hasSizeLessThan(10);
        }

        assertThat(all).isEqualTo(due("/api/deadlines?from=2019-08-01&to=2027-12-31"));
        assertThat(pages).hasSize(4);
    }

    @Test
    void someoneWithTwoAreas_pagesThroughTheirDeadlinesOnly_noPageEmpty() {
        String bearer =
                api.bearerFor(
                        "Tom Two",
                        ApiFixtures.areasAccess("VIEWER", List.of(metArea, overdueArea)));
        List<String> all = new ArrayList<>();
        int pages = 0;
        String next = "/api/deadlines?from=2019-08-01&to=2027-12-31&limit=1";
        while (next != null) {
            ApiStack.Response page = api.request("GET", next, null, "Authorization", bearer);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(lines(page))
                    .as("a page of their own deadline, not another area's kept to none")
                    .hasSize(1);
            all.addAll(lines(page));
            String link = page.header("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
            assertThat(++pages).as("pages followed").isLessThan(10);
        }

        assertThat(all)
                .isEqualTo(
                        due("/api/deadlines?from=2019-08-01&to=2027-12-31").stream()
                                .filter(line -> line.startsWith(met) || line.startsWith(overdue))
                                .toList())
                .hasSize(2);
    }

    @Test
    void theLastPage_hasNoLink() {
        ApiStack.Response page = api.get("/api/deadlines?from=2019-08-01&to=2027-12-31&limit=4");

        assertThat(lines(page)).hasSize(4);
        assertThat(page.header("Link")).isNull();
        assertThat(page.header("Next-Cursor")).isNull();
    }

    @Test
    void aCursorNotGivenByAnEarlierPage_isRefusedWithA400_sayingWhatToDo() {
        ApiStack.Response refused = api.get("/api/deadlines?next=bm90LWEtY3Vyc29y");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "This is not a cursor from an earlier page of these deadlines: ask again"
                                + " without it");
    }

    @Test
    void aLimitOutsideOneToAThousand_isRefusedWithA400() {
        for (String limit : List.of("0", "1001", "ten", "-1")) {
            ApiStack.Response refused = api.get("/api/deadlines?limit=" + limit);

            assertThat(refused.status()).as(limit).isEqualTo(400);
            assertThat(refused.body()).contains("The limit must be a whole number from 1 to 1000");
        }
    }

    @Test
    void aParameterGivenTwice_isRefusedWithA400_namingIt() {
        ApiStack.Response refused = api.get("/api/deadlines?limit=1&limit=2&from=2019-08-01");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("limit");
        assertThat(refused.body()).contains("Give limit once: the query gives it 2 times");
        ApiStack.Response unknown = api.get("/api/deadlines?foo=1&foo=2");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("foo");
        assertThat(unknown.body()).doesNotContain("Give foo once");
    }

    private static List<String> lines(ApiStack.Response found) {
        List<String> lines = new ArrayList<>();
        found.json()
                .forEach(
                        d ->
                                lines.add(
                                        d.get("inspectionId").asText()
                                                + " "
                                                + d.at("/deadline/kind").asText()
                                                + " "
                                                + d.at("/deadline/dueOn").asText()
                                                + " "
                                                + d.at("/deadline/status").asText()));
        return lines;
    }

    private static List<String> due(String query) {
        ApiStack.Response found = api.get(query);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        found.json()
                .forEach(
                        d ->
                                lines.add(
                                        d.get("inspectionId").asText()
                                                + " "
                                                + d.at("/deadline/kind").asText()
                                                + " "
                                                + d.at("/deadline/dueOn").asText()
                                                + " "
                                                + d.at("/deadline/status").asText()));
        return lines;
    }
}
