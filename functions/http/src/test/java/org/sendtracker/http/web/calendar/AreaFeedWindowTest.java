package org.sendtracker.http.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.TestIdentityProvider;

/**
 * An area's calendar feed holds its open inspections, however old, and those closed in the last 12
 * months, however long ago they started (read by the day they closed, not by start date); an
 * inspection's own feed is whole whatever its age. "Today" is 23 November 2026: the window of
 * closures starts on 23 November 2025.
 */
class AreaFeedWindowTest {

    static ApiStack api;
    static String area;
    static String otherArea;

    @BeforeAll
    static void anAreaWithTenYearsOfInspections() {
        api = ApiStack.start();
        area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("feedshire"));
        // ran more than 7 years, closed within the year (once past an 8-year read's bound)
        inspection("2017-06-05", "2026-02-02", false);
        // open since 2016 and since 2019: their WSoAs overdue
        inspection("2016-06-06", "2016-07-25", true);
        inspection("2019-03-18", "2019-05-14", true);
        // closed on its report, 2 March 2020
        inspection("2020-01-13", "2020-03-02", false);
        // closed on 24 November 2025, the window's second day; and the day before it
        inspection("2022-06-06", "2025-11-24", false);
        inspection("2022-06-13", "2025-11-22", false);
        // closed 13 months before today
        inspection("2022-06-20", "2025-10-20", false);
        // another area, for a feed of several: open since 2018
        otherArea = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("otherfeedshire"));
        inspection(otherArea, "2018-06-04", "2018-07-23", true);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void anAreasFeed_holdsItsOpenInspections_howeverOld() {
        assertThat(feed())
                .contains(
                        "UID:WSOA_SUBMISSION." + area + "-2016-06-06@sendtracker",
                        "UID:WSOA_SUBMISSION." + area + "-2019-03-18@sendtracker");
    }

    @Test
    void anAreasFeed_holdsThoseClosedInTheLast12Months_notThoseClosedBefore() {
        assertThat(feed())
                .contains("UID:on-site." + area + "-2022-06-06@sendtracker")
                .doesNotContain(area + "-2022-06-13", area + "-2022-06-20", area + "-2020-01-13");
    }

    @Test
    void anAreasFeed_holdsACaseThatRanMoreThan7Years_andClosedInTheLast12Months() {
        assertThat(feed()).contains("UID:on-site." + area + "-2017-06-05@sendtracker");
    }

    @Test
    void anInspectionsOwnFeed_isWhole_whateverItsAge() {
        ApiStack.Response response = api.get("/inspections/" + area + "-2020-01-13/calendar.ics");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("UID:on-site." + area + "-2020-01-13@sendtracker");
    }

    @Test
    void aPersonalFeed_ofSomeoneWhoReadsEveryArea_keepsTheSameWindowPerArea() {
        String secret = newFeedOfAnAdministrator("Feed Reader");

        ApiStack.Response response =
                api.request("GET", "/feeds/" + secret + "/calendar.ics", null, "Authorization", "");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "UID:on-site." + area + "-2017-06-05@sendtracker",
                        "UID:on-site." + area + "-2022-06-06@sendtracker",
                        "UID:WSOA_SUBMISSION." + area + "-2016-06-06@sendtracker",
                        "UID:WSOA_SUBMISSION." + otherArea + "-2018-06-04@sendtracker")
                .doesNotContain(area + "-2022-06-13", area + "-2022-06-20", area + "-2020-01-13");
    }

    @Test
    void aPersonalFeed_ofSomeoneWithTwoAreas_readAreaByArea_holdsTheSameAsEveryonesForThem() {
        api.bearerFor("Two Feeds", ApiFixtures.areasAccess("VIEWER", List.of(area, otherArea)));
        String secret =
                api.context()
                        .getBean(AccessService.class)
                        .renewFeed(TestIdentityProvider.person("Two Feeds").subject())
                        .orElseThrow();

        ApiStack.Response response =
                api.request("GET", "/feeds/" + secret + "/calendar.ics", null, "Authorization", "");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "UID:on-site." + area + "-2017-06-05@sendtracker",
                        "UID:on-site." + area + "-2022-06-06@sendtracker",
                        "UID:WSOA_SUBMISSION." + area + "-2016-06-06@sendtracker",
                        "UID:WSOA_SUBMISSION." + area + "-2019-03-18@sendtracker",
                        "UID:WSOA_SUBMISSION." + otherArea + "-2018-06-04@sendtracker")
                .doesNotContain(area + "-2022-06-13", area + "-2022-06-20", area + "-2020-01-13");
    }

    /** The secret of a new personal feed of {@code name}, made an administrator first. */
    private static String newFeedOfAnAdministrator(String name) {
        api.bearerFor(name);
        return api.context()
                .getBean(AccessService.class)
                .renewFeed(TestIdentityProvider.person(name).subject())
                .orElseThrow();
    }

    private static String feed() {
        ApiStack.Response response = api.get("/areas/" + area + "/calendar.ics");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /**
     * A 2016-framework inspection on site the week from Monday {@code startsOn}, its report
     * received on {@code reportOn}: with a WSoA to write (open), or none (closed that day).
     */
    private static void inspection(String startsOn, String reportOn, boolean wsoaRequired) {
        inspection(area, startsOn, reportOn, wsoaRequired);
    }

    private static void inspection(
            String area, String startsOn, String reportOn, boolean wsoaRequired) {
        LocalDate onSite = LocalDate.parse(startsOn);
        ApiStack.Response created =
                api.post(
                        "/api/inspections",
                        """
                        {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"%s","startsOn":"%s","endsOn":"%s"}
                        """
                                .formatted(area, onSite.minusDays(7), onSite, onSite.plusDays(4)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiFixtures.record(
                api,
                area + "-" + startsOn,
                wsoaRequired
                        ? """
                        {"type":"REPORT_RECEIVED","on":"%s","wsoaRequired":true,"weaknesses":["EHC plans"]}
                        """
                                .formatted(reportOn)
                        : """
                        {"type":"REPORT_RECEIVED","on":"%s","wsoaRequired":false}
                        """
                                .formatted(reportOn));
    }
}
