package org.sendtracker.http.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * The dashboard's lists when they hold more than it shows: the first 25, most urgent first, the
 * count of all of them, and a link to the list shown whole ({@code ?all=}), the filters kept, and
 * never a row of an area the person may not read.
 */
class DashboardListsTest {

    /** More than the dashboard shows of a list ({@link DashboardList#FIRST_ROWS}). */
    static final int MANY = DashboardList.FIRST_ROWS + 2;

    static ApiStack api;
    static String north;
    static String south;
    static String southOnly;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        north = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("northlist"));
        south = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("southlist"));
        // MANY inspections of north a week apart, each with its WSoA overdue in 2021; one of south
        for (int i = 0; i < MANY; i++) {
            anInspectionWithItsWsoaDue(north, i);
        }
        anInspectionWithItsWsoaDue(south, 0);
        southOnly =
                api.bearerFor(
                        "Sue South",
                        "{\"role\":\"AREAS\",\"areas\":{\"" + south + "\":\"EDITOR\"}}");
        api.clock().set(Instant.parse("2021-06-07T09:00:00Z"));
    }

    private static void anInspectionWithItsWsoaDue(String area, int week) {
        ApiFixtures.anInspectionWithItsWsoaDue(
                api, area, LocalDate.parse("2019-04-29").plusWeeks(week));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String page(String path) {
        return page(path, ApiStack.OFFICER_BEARER);
    }

    private static String page(String path, String bearer) {
        ApiStack.Response page =
                api.request("GET", path, null, "Authorization", bearer, "Accept", "text/html");
        assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(200);
        return page.body();
    }

    /** The part of the page from the heading {@code id} to the next second-level heading. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isPositive();
        int end = page.indexOf("<h2", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    @Test
    void overdue_withMoreThanItShows_showsTheFirst25_countsThemAll_andLinksToTheWholeList() {
        String overdue = section(page("/"), "overdue");

        int all = DashboardSection.count(overdue, "deadlines");
        assertThat(all).isGreaterThanOrEqualTo(MANY + 1);
        assertThat(DashboardSection.rows(overdue)).isEqualTo(DashboardList.FIRST_ROWS);
        assertThat(overdue)
                .contains("The 25 longest overdue of " + all + " are shown.")
                .contains(
                        "<a class=\"govuk-link\" href=\"/?weeks=8&amp;all=overdue#overdue\">Show all "
                                + all
                                + " overdue deadlines</a>");
    }

    @Test
    void overdue_shownWhole_listsEveryOne_longestOverdueFirst_withALinkBack() {
        String whole = section(page("/?weeks=8&all=overdue"), "overdue");
        String first = section(page("/"), "overdue");

        int all = DashboardSection.count(whole, "deadlines");
        assertThat(DashboardSection.rows(whole)).isEqualTo(all);
        assertThat(whole)
                .contains("All " + all + " are shown.")
                .contains("href=\"/?weeks=8#overdue\">Show the longest overdue only</a>")
                .doesNotContain("Show all");
        // the first rows of the whole list are the rows the dashboard shows
        String firstRows = first.substring(first.indexOf("<tbody"), first.indexOf("</tbody>"));
        assertThat(whole).contains(firstRows.substring(0, firstRows.length() / 2));
    }

    @Test
    void theOtherLists_stayCut_whileOneIsShownWhole() {
        String page = page("/?all=overdue");

        assertThat(DashboardSection.rows(section(page, "inspections")))
                .isEqualTo(DashboardList.FIRST_ROWS);
    }

    @Test
    void inspectionsInProgress_withMoreThanItShows_showsTheSoonestFirst25_andLinksToAll() {
        String inspections = section(page("/"), "inspections");

        assertThat(DashboardSection.rows(inspections)).isEqualTo(DashboardList.FIRST_ROWS);
        assertThat(inspections)
                .contains("The 25 with the soonest next deadline are shown; more are in progress.")
                .contains(
                        "href=\"/?weeks=8&amp;all=inspections#inspections\">Show all inspections in progress</a>");
        // the soonest next deadline first: the first week's inspection, not the last
        assertThat(inspections.indexOf("/inspections/" + north + "-2019-05-06"))
                .isPositive()
                .isLessThan(inspections.indexOf("<tbody") + 2000);
        assertThat(inspections).doesNotContain("/inspections/" + north + "-" + lastStart());
    }

    private static LocalDate lastStart() {
        return LocalDate.parse("2019-05-06").plusWeeks(MANY - 1);
    }

    @Test
    void inspectionsInProgress_shownWhole_listsEveryOpenInspection() {
        String inspections = section(page("/?all=inspections"), "inspections");

        assertThat(DashboardSection.rows(inspections)).isEqualTo(MANY + 1);
        assertThat(inspections)
                .contains("All " + (MANY + 1) + " are shown.")
                .contains("/inspections/" + north + "-" + lastStart())
                .contains("/inspections/" + south + "-2019-05-06");
    }

    @Test
    void theFilters_carryIntoTheLinks_andTheWholeList() {
        String overdue = section(page("/?areaId=" + north + "&weeks=13"), "overdue");

        assertThat(overdue)
                .contains(
                        "href=\"/?areaId="
                                + north
                                + "&amp;weeks=13&amp;all=overdue#overdue\">Show all");
        String whole = page("/?areaId=" + north + "&weeks=13&all=overdue");
        assertThat(section(whole, "overdue"))
                .contains("href=\"/?areaId=" + north + "&amp;weeks=13#overdue\">")
                .doesNotContain(south);
        assertThat(whole).contains("<option value=\"13\" selected>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?all=overdue", "/?all=inspections", "/?all=missing-contacts"})
    void aPersonWithOneArea_seesOnlyItsRows_inEveryListAndEveryWholeList(String path) {
        String page = page(path, southOnly);

        assertThat(page).doesNotContain(north).contains("/inspections/" + south + "-2019-05-06");
        assertThat(section(page, "overdue")).doesNotContain("Show all");
        assertThat(section(page, "inspections")).doesNotContain("Show all");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/?all=everything",
                "/?all=",
                "/?all=OVERDUE",
                "/?all=overdue%20and%20more&weeks=x&areaId=%3Cscript%3E"
            })
    void aListNotOffered_fallsBackToTheDashboard_withEveryListCut(String path) {
        String page = page(path);

        assertThat(DashboardSection.rows(section(page, "overdue")))
                .isEqualTo(DashboardList.FIRST_ROWS);
        assertThat(page).doesNotContain("overdue and more");
    }

    @Test
    void anUnreadableListName_isAClear400_neverA500() {
        ApiStack.Response page =
                api.request(
                        "GET",
                        "/?all=%00",
                        null,
                        "Authorization",
                        ApiStack.OFFICER_BEARER,
                        "Accept",
                        "text/html");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Sorry, the service could not read that request");
    }
}
