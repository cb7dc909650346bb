package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's own calendar address (docs/security.md): made on "Your account", fetched with no
 * sign-in as a calendar app does, holding only the areas its owner may read, and dead once a new
 * one is made.
 */
@ExtendWith(RunningSystem.class)
class PersonalFeedTest {

    private static final Pattern FEED = Pattern.compile("id=\"feed-url\">([^<]+)<");

    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Test
    void aPersonalFeed_needsNoSignIn_holdsOnlyTheOwnersAreas_andDiesWhenRenewed(
            RunningSystem system) throws Exception {
        Http http = new Http(system);

        String first = feedUrl(http.form("/account/calendar", Map.of(), "lancashire-viewer"));
        HttpResponse<String> feed = get(first);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        // Lancashire's record closed in 2021, more than a year ago: no event of it, and none of
        // any area its owner may not read (each fictional area has one in progress)
        assertThat(feed.body())
                .contains("BEGIN:VCALENDAR", "X-WR-CALNAME:SEND deadlines: Lee Viewer")
                .doesNotContain(
                        "Cumbria", "Cheshire East", "Barsetshire", "Wyvern Vale", "Midsomer");

        String second = feedUrl(http.form("/account/calendar", Map.of(), "lancashire-viewer"));

        assertThat(second).isNotEqualTo(first);
        assertThat(get(second).statusCode()).isEqualTo(200);
        assertThat(get(first).statusCode()).as("the old address").isEqualTo(404);
        assertThat(
                        get(first.replaceAll(
                                        "/feeds/[^/]+/", "/feeds/not-a-real-secret-at-all-0000/"))
                                .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPersonalFeed_holdsTheOpenInspectionsOfEachArea_notRecordsClosedMoreThanAYearAgo(
            RunningSystem system) throws Exception {
        Http http = new Http(system);

        HttpResponse<String> feed =
                get(feedUrl(http.form("/account/calendar", Map.of(), "national-viewer")));

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body())
                .contains(
                        "[Barsetshire (fictional)]",
                        "[Wyvern Vale (fictional)]",
                        "[Midsomer (fictional)]")
                .doesNotContain(
                        "cumbria-2019-03-18", "lancashire-2017-11-13", "cheshire-east-2018-03-12");
    }

    private static String feedUrl(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher matcher = FEED.matcher(page.body());
        assertThat(matcher.find()).as("the new address is shown once").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return anonymous.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
