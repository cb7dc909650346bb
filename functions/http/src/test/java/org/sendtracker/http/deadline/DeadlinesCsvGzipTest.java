package org.sendtracker.http.deadline;

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
 * {@code GET /deadlines.csv} on Netty, as the local runner serves it: gzipped when the client
 * accepts it (once, by the controller, not again by the server), the same file either way, and the
 * same limit as Lambda's answer, so the laptop refuses what AWS would (docs/performance.md, "The
 * CSV under Lambda's 6 MB limit").
 */
class DeadlinesCsvGzipTest {

    private static final String WHOLE_RECORD = "/deadlines.csv?weeks=8&from=2016-01-01";

    static ApiStack api;

    /** A stack whose answers' encoded bodies are limited to 300 characters. */
    static ApiStack limited;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        limited = ApiStack.start(Map.of("sendtracker.answer.max-encoded-body", 300));
        ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(limited);
    }

    @AfterAll
    static void stop() {
        api.close();
        limited.close();
    }

    @Test
    void withAndWithoutGzip_theFileIsTheSame_gzippedOnlyWhenAccepted() {
        HttpResponse<byte[]> plain = get(api, WHOLE_RECORD, null);
        HttpResponse<byte[]> gzipped = get(api, WHOLE_RECORD, "gzip, deflate, br, zstd");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        for (HttpResponse<byte[]> response : List.of(plain, gzipped)) {
            assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("text/csv; charset=utf-8; header=present");
        }
        assertThat(gzipped.headers().firstValue("Content-Disposition"))
                .isEqualTo(plain.headers().firstValue("Content-Disposition"));
        String csv = new String(plain.body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Written Statement of Action submission,2019-08-21,Overdue,");
        assertThat(new String(gunzip(gzipped.body()), StandardCharsets.UTF_8)).isEqualTo(csv);
    }

    @Test
    void gzipAtQZero_isRefused_andTheFileComesPlain() {
        HttpResponse<byte[]> response = get(api, WHOLE_RECORD, "gzip;q=0, deflate");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("Area,");
    }

    @Test
    void aFileLargerThanTheLimit_isA400PageSayingWhatToDo_andNoFile() {
        HttpResponse<byte[]> gzipAccepted = get(limited, WHOLE_RECORD, "gzip");
        HttpResponse<byte[]> gzipRefused = get(limited, WHOLE_RECORD, null);

        for (HttpResponse<byte[]> response : List.of(gzipAccepted, gzipRefused)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
            assertThat(text(response))
                    .contains(
                            "<h1 class=\"govuk-heading-l\">This spreadsheet is too large to download</h1>",
                            "that can be downloaded at once.",
                            "choose a later first due date (from=YYYY-MM-DD in the address;"
                                    + " without it, the file holds the last 12 months and everything"
                                    + " still to do), or one area at a time (the dashboard's area"
                                    + " filter).");
        }
        assertThat(text(gzipRefused))
                .doesNotContain("compressed (")
                .contains("This spreadsheet would be ");
    }
}
