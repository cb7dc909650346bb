package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
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

    @Test
    void aNationalReadersFeed_isTheSameFeed_gzippedAsCalendarAppsAskOrPlain_andOneAreaOfIt(
            RunningSystem system) throws Exception {
        // given a national reader's personal feed (docs/performance.md, "Calendar feeds under
        // Lambda's 6 MB limit"), made on the page that says how to take one area of it
        HttpResponse<String> page =
                new Http(system).form("/account/calendar", Map.of(), "national-viewer");
        String url = feedUrl(page);
        assertThat(page.body())
                .contains(
                        "To subscribe to one area only, add <code class=\"app-code\">?area=</code>");

        // when a calendar app fetches it accepting gzip, and with no coding; and Barsetshire alone
        HttpResponse<byte[]> gzipped = getBytes(url, "gzip, deflate, br");
        HttpResponse<byte[]> plain = getBytes(url, null);
        HttpResponse<byte[]> oneArea = getBytes(url + "?area=barsetshire", null);

        // then the first comes gzipped, once, and unpacks to the second, byte for byte
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        for (HttpResponse<byte[]> response : List.of(gzipped, plain)) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("text/calendar; charset=utf-8");
            assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValue("inline; filename=\"send-deadlines.ics\"");
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        // and one area's part holds that area's events and no other's
        assertThat(oneArea.statusCode()).isEqualTo(200);
        assertThat(oneArea.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"send-deadlines-barsetshire.ics\"");
        assertThat(new String(oneArea.body(), StandardCharsets.UTF_8))
                .contains("[Barsetshire (fictional)]")
                .doesNotContain("[Wyvern Vale (fictional)]", "[Midsomer (fictional)]");
        assertThat(new String(plain.body(), StandardCharsets.UTF_8))
                .contains("[Barsetshire (fictional)]", "[Wyvern Vale (fictional)]");
    }

    private static String feedUrl(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Matcher matcher = FEED.matcher(page.body());
        assertThat(matcher.find()).as("the new address is shown once").isTrue();
        return matcher.group(1);
    }

    /** The feed as a calendar app fetches it, no sign-in, with this Accept-Encoding or none. */
    private HttpResponse<byte[]> getBytes(String url, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return anonymous.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return anonymous.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
