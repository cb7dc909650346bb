package org.sendtracker.http.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.web.deadline.DueDeadlines;
import org.sendtracker.inspection.application.DeadlineService;

/**
 * The national dashboard counted from the areas' digests (more than {@value
 * DeadlineService#FEW_AREAS} areas, lists cut to their first rows) shows what reading every
 * outstanding deadline shows: the same first rows in the same order, the same counts, the same open
 * inspections and contacts. Five areas; "today" is 7 June 2021; WSoAs overdue on days shared by
 * several areas (so the order within a day, by area name, matters), some due in the weeks ahead,
 * one case in monitoring with several deadlines, one awaiting its report.
 */
class DashboardDigestTest {

    static ApiStack api;
    static final List<String> areas = new ArrayList<>();

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        for (int a = 0; a < 5; a++) {
            areas.add(ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("digest" + (5 - a))));
        }
        // 30 WSoAs overdue: six weeks of inspections, one in each area a week
        for (int week = 0; week < 6; week++) {
            for (String area : areas) {
                anInspectionWithItsWsoaDue(area, week, null);
            }
        }
        // three due in the weeks ahead, two on one day
        anInspectionWithItsWsoaDue(areas.get(0), 10, "2021-06-21");
        anInspectionWithItsWsoaDue(areas.get(3), 10, "2021-06-21");
        anInspectionWithItsWsoaDue(areas.get(2), 10, "2021-11-01");
        // one awaiting its report (no deadline yet), one in monitoring (several), in an area more
        ApiFixtures.aCumbriaLikeInspectionAwaitingReport(api);
        ApiFixtures.aCumbriaLikeInspectionInMonitoring(api);
        api.clock().set(Instant.parse("2021-06-07T09:00:00Z"));
    }

    private static void anInspectionWithItsWsoaDue(String area, int week, String dueOn) {
        String id =
                ApiFixtures.anInspectionWithItsWsoaDue(
                        api, area, LocalDate.parse("2019-04-29").plusWeeks(week));
        if (dueOn != null) {
            record(
                    api,
                    id,
                    """
                    {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_SUBMISSION","dueOn":"%s","reason":"Extension agreed with Ofsted"}"""
                            .formatted(dueOn));
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest
    @CsvSource({"1, 8", "2, 8", "5, 52", "25, 8", "25, 52", "40, 26"})
    void fromTheDigests_theFirstRows_theCounts_andTheOpenInspections_areThoseOfEveryDeadline(
            int first, int weeks) {
        DueDeadlines due = api.context().getBean(DueDeadlines.class);
        Map<String, String> names =
                DueDeadlines.namesOf(api.context().getBean(AreaService.class).all());
        DueDeadlines.Filter filter = new DueDeadlines.Filter(null, weeks);
        Set<AreaId> every = names.keySet().stream().map(AreaId::new).collect(Collectors.toSet());
        assertThat(every).hasSizeGreaterThan(DeadlineService.FEW_AREAS);
        assertThat(api.context().getBean(DeadlineService.class).outstandingDigest(every))
                .as("the digests are read")
                .isPresent();

        DueDeadlines.Found digest = due.find(filter, names, first);
        DueDeadlines.Found whole = due.find(filter, names, Integer.MAX_VALUE);

        assertThat(whole.overdue().count()).isGreaterThanOrEqualTo(30);
        assertThat(whole.upcoming().count()).isGreaterThanOrEqualTo(2);
        assertListed(digest.overdue(), whole.overdue(), first);
        assertListed(digest.upcoming(), whole.upcoming(), first);
        assertThat(digest.ofOpenInspections()).isEqualTo(whole.ofOpenInspections());
    }

    /** One area (the filter, or an officer of one council): its digest item alone. */
    @ParameterizedTest
    @CsvSource({"0, 1", "3, 2", "2, 25"})
    void oneAreasDigest_givesWhatItsOutstandingDeadlinesGive(int area, int first) {
        DueDeadlines due = api.context().getBean(DueDeadlines.class);
        Map<String, String> names =
                DueDeadlines.namesOf(api.context().getBean(AreaService.class).all());
        DueDeadlines.Filter filter = new DueDeadlines.Filter(areas.get(area), 52);
        assertThat(
                        api.context()
                                .getBean(DeadlineService.class)
                                .outstandingDigest(Set.of(new AreaId(areas.get(area)))))
                .isPresent();

        DueDeadlines.Found digest = due.find(filter, names, first);
        DueDeadlines.Found whole = due.find(filter, names, Integer.MAX_VALUE);

        assertThat(whole.overdue().count()).isEqualTo(6);
        assertListed(digest.overdue(), whole.overdue(), first);
        assertListed(digest.upcoming(), whole.upcoming(), first);
        assertThat(digest.ofOpenInspections())
                .isEqualTo(whole.ofOpenInspections())
                .allMatch(d -> d.areaId().value().equals(areas.get(area)));
    }

    private static void assertListed(
            DueDeadlines.Listed fromDigest, DueDeadlines.Listed every, int first) {
        assertThat(fromDigest.count()).isEqualTo(every.count());
        assertThat(fromDigest.rows())
                .isEqualTo(every.rows().subList(0, Math.min(first, every.rows().size())));
        assertThat(fromDigest.cut()).isEqualTo(every.count() > first);
    }

    @Test
    void thePage_showsTheFirst25OfTheWholeList_inItsOrder_andCountsThemAll() {
        String first = section("/?weeks=8", "overdue");
        String whole = section("/?weeks=8&all=overdue", "overdue");

        int all = DashboardSection.count(whole, "deadlines");
        assertThat(all).isGreaterThanOrEqualTo(30);
        assertThat(first).contains("The 25 longest overdue of " + all + " are shown.");
        assertThat(DashboardSection.rows(first)).isEqualTo(25);
        List<String> shown = hrefs(first);
        assertThat(shown).isNotEmpty().isEqualTo(hrefs(whole).subList(0, shown.size()));
        assertThat(section("/?weeks=8", "upcoming")).contains(areas.get(0)).contains(areas.get(3));
    }

    private static String section(String path, String id) {
        return DashboardSection.of(api, path, ApiStack.OFFICER_BEARER, id);
    }

    private static List<String> hrefs(String section) {
        Matcher href = Pattern.compile("href=\"(/inspections/[^\"#]+)").matcher(section);
        List<String> found = new ArrayList<>();
        while (href.find()) {
            found.add(href.group(1));
        }
        return found;
    }
}
