package org.sendtracker.http.web.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * An area's page as its history grows: the latest 20 inspections, newest first, a link to older
 * ones; the latest 10 changes to its name and contacts, a link to every one. A link to older
 * inspections the page did not give is a 400 page, not a 500.
 */
class AreaPagePagingTest {

    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    private static final LocalDate FIRST_ON_SITE = LocalDate.of(2018, 1, 8);

    static ApiStack api;
    static String area;

    @BeforeAll
    static void anAreaWith22InspectionsAnd12ChangesToItsContacts() {
        api = ApiStack.start();
        area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("longshire"));
        for (int week = 0; week < 22; week++) {
            LocalDate startsOn = FIRST_ON_SITE.plusWeeks(week);
            ApiStack.Response created =
                    api.post(
                            "/api/inspections",
                            """
                            {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"%s","startsOn":"%s","endsOn":"%s"}
                            """
                                    .formatted(
                                            area,
                                            startsOn.minusWeeks(1),
                                            startsOn,
                                            startsOn.plusDays(4)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        for (int version = 1; version <= 11; version++) {
            ApiStack.Response changed =
                    api.put(
                            "/api/areas/" + area,
                            """
                            {"name":"%s","contacts":[{"name":"Lead Officer %d","email":"lead@%s.gov.uk","role":"LEAD_OFFICER"}]}
                            """
                                    .formatted(area, version, area),
                            "If-Match",
                            "\"" + version + "\"");
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        }
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void thePage_showsTheLatest20Inspections_newestFirst_andLinksToOlderOnes() {
        String page = page("/areas/" + area);

        assertThat(onSiteLinks(page))
                .hasSize(20)
                .startsWith(inspection(21), inspection(20))
                .endsWith(inspection(2));
        assertThat(page)
                .contains(
                        "href=\"/areas/" + area + "?olderThan=" + inspection(2) + "#inspections\"");
    }

    @Test
    void theOlderPage_showsTheRest_andLinksBackToTheLatest() {
        String page = page("/areas/" + area + "?olderThan=" + inspection(2));

        assertThat(onSiteLinks(page)).containsExactly(inspection(1), inspection(0));
        assertThat(page).contains("Back to the latest").doesNotContain("?olderThan=");
    }

    @Test
    void thePage_showsTheLatest10Changes_andLinksToEveryOne() {
        String page = page("/areas/" + area);

        assertThat(page)
                .contains("Changes to the name and contacts (the latest 10)")
                .contains("href=\"/areas/" + area + "?changes=all#changes\"");
        String all = page("/areas/" + area + "?changes=all");
        assertThat(all)
                .contains("Changes to the name and contacts (12)")
                .doesNotContain("?changes=all#changes");
    }

    @Test
    void aLinkToOlderInspectionsThePageDidNotGive_isA400Page() {
        for (String bad : new String[] {"nonsense", "otherarea-2018-01-08", "%22%3E"}) {
            ApiStack.Response page =
                    api.request(
                            "GET", "/areas/" + area + "?olderThan=" + bad, null, "Accept", HTML);

            assertThat(page.status()).as(bad).isEqualTo(400);
            assertThat(page.body()).contains("This link to older inspections does not work");
        }
    }

    private static String inspection(int week) {
        return area + "-" + FIRST_ON_SITE.plusWeeks(week);
    }

    private static String page(String path) {
        ApiStack.Response page = api.request("GET", path, null, "Accept", HTML);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.body();
    }

    private static List<String> onSiteLinks(String page) {
        List<String> ids = new ArrayList<>();
        Matcher link =
                Pattern.compile("href=\"/inspections/([a-z0-9-]+-\\d{4}-\\d{2}-\\d{2})\"")
                        .matcher(page);
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }
}
