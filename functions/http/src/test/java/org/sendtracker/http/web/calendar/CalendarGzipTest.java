package org.sendtracker.http.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.Downloads.get;
import static org.sendtracker.http.testing.Downloads.gunzip;
import static org.sendtracker.http.testing.Downloads.text;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * The calendar feeds on Netty, as the local runner serves them: gzipped when the client accepts it
 * (once, by the feed, not again by the server), the same feed either way, and the same limit as
 * Lambda's answer, so the laptop refuses what AWS would (docs/performance.md, "Calendar feeds under
 * Lambda's 6 MB limit").
 */
class CalendarGzipTest {

    static ApiStack api;

    /** A stack whose answers' encoded bodies are limited to 300 characters. */
    static ApiStack limited;

    static String inspection;

    static String limitedArea;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        inspection = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        limited = ApiStack.start(Map.of("sendtracker.answer.max-encoded-body", 300));
        limitedArea = area(ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(limited));
    }

    @AfterAll
    static void stop() {
        api.close();
        limited.close();
    }

    @Test
    void withAndWithoutGzip_theFeedIsTheSame_gzippedOnlyWhenAccepted() {
        String feed = "/inspections/" + inspection + "/calendar.ics";
        HttpResponse<byte[]> plain = get(api, feed, null);
        HttpResponse<byte[]> gzipped = get(api, feed, "gzip, deflate, br");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        for (HttpResponse<byte[]> response : List.of(plain, gzipped)) {
            assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("text/calendar; charset=utf-8");
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValue("inline; filename=\"" + inspection + ".ics\"");
        }
        String ics = new String(plain.body(), StandardCharsets.UTF_8);
        assertThat(ics).contains("UID:WSOA_SUBMISSION." + inspection + "@sendtracker");
        assertThat(new String(gunzip(gzipped.body()), StandardCharsets.UTF_8)).isEqualTo(ics);
    }

    @Test
    void gzipAtQZero_isRefused_andTheFeedComesPlain() {
        HttpResponse<byte[]> response =
                get(api, "/areas/" + area(inspection) + "/calendar.ics", "gzip;q=0, identity");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void aFeedLargerThanTheLimit_isA400SayingWhatToDo_inPlainText_andNoFeed() {
        String areaFeed = "/areas/" + limitedArea + "/calendar.ics";
        HttpResponse<byte[]> gzipAccepted = get(limited, areaFeed, "gzip");
        HttpResponse<byte[]> gzipRefused = get(limited, areaFeed, null);

        for (HttpResponse<byte[]> response : List.of(gzipAccepted, gzipRefused)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("text/plain; charset=utf-8");
            assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(text(response))
                    .startsWith("This calendar would be ")
                    .endsWith(
                            ", more than the 225 bytes that can be downloaded at once. Subscribe to"
                                    + " its inspections' calendars instead: each inspection's page"
                                    + " has its own.");
        }
        assertThat(text(gzipAccepted)).contains(" compressed (");
        assertThat(text(gzipRefused)).doesNotContain("compressed");
    }

    private static String area(String inspectionId) {
        return inspectionId.substring(0, inspectionId.length() - "-2019-03-18".length());
    }
}
