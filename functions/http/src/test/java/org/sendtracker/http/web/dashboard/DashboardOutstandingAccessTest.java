package org.sendtracker.http.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * The dashboard's outstanding deadlines and the spreadsheet, read area by area for someone who may
 * read up to three areas (each area's own deadlines) and from every area's outstanding deadlines
 * for more, show the same: only the areas the person may read, soonest first. "Today" is 23
 * November 2026; each area's WSoA was due on a day of 10 to 14 November and is not submitted.
 */
class DashboardOutstandingAccessTest {

    static ApiStack api;
    static final List<String> inspections = new ArrayList<>();
    static final List<String> areas = new ArrayList<>();
    static String oneArea;
    static String twoAreas;
    static String fourAreas;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        for (int i = 0; i < 5; i++) {
            String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
            inspections.add(id);
            areas.add(id.substring(0, id.length() - "-2019-03-18".length()));
            ApiFixtures.record(
                    api,
                    id,
                    """
                    {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_SUBMISSION","dueOn":"2026-11-1%d","reason":"Extension agreed with Ofsted"}"""
                            .formatted(4 - i));
        }
        oneArea =
                api.bearerFor("Olive One", ApiFixtures.areasAccess("VIEWER", areas.subList(0, 1)));
        twoAreas =
                api.bearerFor(
                        "Tom Two",
                        ApiFixtures.areasAccess("VIEWER", List.of(areas.get(0), areas.get(3))));
        fourAreas =
                api.bearerFor("Fern Four", ApiFixtures.areasAccess("VIEWER", areas.subList(0, 4)));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?all=overdue"})
    void everyone_seesEveryAreasOverdue_soonestFirst(String path) {
        String overdue = section(path, ApiStack.OFFICER_BEARER, "overdue");

        assertThat(overdue).contains("5 deadlines");
        assertThat(positions(overdue, List.of(4, 3, 2, 1, 0))).isSorted().doesNotContain(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?all=overdue"})
    void aPersonWithOneArea_seesOnlyItsOwn(String path) {
        String overdue = section(path, oneArea, "overdue");

        assertThat(overdue).contains("1 deadline").contains(href(0));
        for (int other : List.of(1, 2, 3, 4)) {
            assertThat(overdue).doesNotContain(inspections.get(other));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?all=overdue"})
    void aPersonWithTwoAreas_seesBoth_readAreaByArea_soonestFirst(String path) {
        String overdue = section(path, twoAreas, "overdue");

        assertThat(overdue).contains("2 deadlines");
        assertThat(overdue.indexOf(href(3)))
                .as("due 11 November, before the one due 14 November")
                .isPositive()
                .isLessThan(overdue.indexOf(href(0)));
        for (int other : List.of(1, 2, 4)) {
            assertThat(overdue).doesNotContain(inspections.get(other));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?all=overdue"})
    void aPersonWithFourAreas_seesTheirsAndNotTheFifth(String path) {
        String overdue = section(path, fourAreas, "overdue");

        assertThat(overdue).contains("4 deadlines").doesNotContain(inspections.get(4));
        assertThat(positions(overdue, List.of(3, 2, 1, 0))).isSorted().doesNotContain(-1);
    }

    @Test
    void aPersonWithTwoAreas_theirOpenInspections_placedByTheirNextDeadline() {
        String open = section("/", twoAreas, "inspections");

        assertThat(open.indexOf(href(3))).isPositive().isLessThan(open.indexOf(href(0)));
        for (int other : List.of(1, 2, 4)) {
            assertThat(open).doesNotContain(inspections.get(other));
        }
    }

    @Test
    void aPersonWithTwoAreas_theirSpreadsheet_holdsTheirAreasOnly_soonestFirst() {
        ApiStack.Response csv =
                api.request("GET", "/deadlines.csv", null, "Authorization", twoAreas);

        assertThat(csv.status()).isEqualTo(200);
        String body = csv.body();
        assertThat(body.indexOf(inspections.get(3)))
                .as("its WSoA due 11 November, before the other's due 14 November")
                .isPositive()
                .isLessThan(body.indexOf(inspections.get(0)));
        for (int other : List.of(1, 2, 4)) {
            assertThat(body).doesNotContain(inspections.get(other));
        }
        ApiStack.Response everyone =
                api.request(
                        "GET", "/deadlines.csv", null, "Authorization", ApiStack.OFFICER_BEARER);
        assertThat(lines(body))
                .as("the rows everyone's spreadsheet has for the two areas, in its order")
                .isEqualTo(
                        lines(everyone.body()).stream()
                                .filter(
                                        line ->
                                                line.startsWith("Area,")
                                                        || line.contains(inspections.get(0))
                                                        || line.contains(inspections.get(3)))
                                .toList());
    }

    private static List<String> lines(String csv) {
        return List.of(csv.split("\r\n"));
    }

    private static String href(int inspection) {
        return "/inspections/" + inspections.get(inspection);
    }

    private static List<Integer> positions(String section, List<Integer> order) {
        return order.stream().map(i -> section.indexOf(href(i))).toList();
    }

    private static String section(String path, String bearer, String id) {
        return DashboardSection.of(api, path, bearer, id);
    }
}
