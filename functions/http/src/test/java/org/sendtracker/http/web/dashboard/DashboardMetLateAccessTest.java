package org.sendtracker.http.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * The dashboard's deadlines met late, read from their own key, still show only the areas the person
 * asking may read: everyone's (read from every area's met late), one area's and two areas' (read
 * area by area) and four areas' (more than are read one by one: every area's met late, kept to
 * theirs). "Today" is 23 November 2026.
 */
class DashboardMetLateAccessTest {

    static ApiStack api;
    static final List<String> inspections = new ArrayList<>();
    static final List<String> areas = new ArrayList<>();
    static String oneArea;
    static String twoAreas;
    static String fourAreas;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        // five areas, each with a WSoA due on a Monday of November 2026 and submitted a week late
        for (int i = 0; i < 5; i++) {
            String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
            inspections.add(id);
            areas.add(id.substring(0, id.length() - "-2019-03-18".length()));
            ApiFixtures.record(
                    api,
                    id,
                    """
                    {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_SUBMISSION","dueOn":"2026-11-0%d","reason":"Extension agreed with Ofsted"}"""
                            .formatted(2 + i));
            ApiFixtures.record(
                    api,
                    id,
                    """
                    {"type":"WSOA_SUBMITTED","on":"2026-11-1%d"}"""
                            .formatted(2 + i));
        }
        oneArea =
                api.bearerFor("Olive One", ApiFixtures.areasAccess("EDITOR", areas.subList(0, 1)));
        twoAreas =
                api.bearerFor(
                        "Tom Two",
                        ApiFixtures.areasAccess("EDITOR", List.of(areas.get(0), areas.get(3))));
        fourAreas =
                api.bearerFor("Fern Four", ApiFixtures.areasAccess("EDITOR", areas.subList(0, 4)));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?all=met-late"})
    void everyone_seesEveryAreasMetLate_latestDueFirst(String path) {
        String metLate = metLate(path, ApiStack.OFFICER_BEARER);

        assertThat(metLate).contains("5 deadlines");
        assertThat(positions(metLate, inspections)).isSorted().doesNotContain(-1);
        assertThat(metLate.indexOf(inspections.get(4)))
                .as("due 6 November, before the one due 2 November")
                .isLessThan(metLate.indexOf(inspections.get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?all=met-late"})
    void aPersonWithOneArea_seesOnlyItsMetLate(String path) {
        String metLate = metLate(path, oneArea);

        assertThat(metLate).contains("1 deadline").contains("/inspections/" + inspections.get(0));
        for (String other : inspections.subList(1, 5)) {
            assertThat(metLate).doesNotContain(other);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?all=met-late"})
    void aPersonWithTwoAreas_seesBoth_readAreaByArea_latestDueFirst(String path) {
        String metLate = metLate(path, twoAreas);

        assertThat(metLate).contains("2 deadlines");
        assertThat(metLate.indexOf("/inspections/" + inspections.get(3)))
                .as("due 5 November, before the one due 2 November")
                .isPositive()
                .isLessThan(metLate.indexOf("/inspections/" + inspections.get(0)));
        for (int other : List.of(1, 2, 4)) {
            assertThat(metLate).doesNotContain(inspections.get(other));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?all=met-late"})
    void aPersonWithFourAreas_seesTheirsAndNotTheFifth(String path) {
        String metLate = metLate(path, fourAreas);

        assertThat(metLate).contains("4 deadlines").doesNotContain(inspections.get(4));
        for (String theirs : inspections.subList(0, 4)) {
            assertThat(metLate).contains("/inspections/" + theirs);
        }
    }

    private static List<Integer> positions(String section, List<String> ids) {
        List<Integer> at = new ArrayList<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            at.add(section.indexOf("/inspections/" + ids.get(i)));
        }
        return at;
    }

    /** The met-late section of the dashboard at {@code path}, seen by {@code bearer}. */
    private static String metLate(String path, String bearer) {
        return DashboardSection.of(api, path, bearer, "met-late");
    }
}
