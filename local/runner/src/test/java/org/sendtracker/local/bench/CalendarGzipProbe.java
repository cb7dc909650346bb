package org.sendtracker.local.bench;

import static org.sendtracker.local.bench.CsvGzipProbe.base64;
import static org.sendtracker.local.bench.CsvGzipProbe.get;
import static org.sendtracker.local.bench.CsvGzipProbe.gunzip;
import static org.sendtracker.local.bench.CsvGzipProbe.gzip;
import static org.sendtracker.local.bench.CsvGzipProbe.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.local.LocalSystem;

/**
 * The calendar feeds against Lambda's 6 MB answer (docs/performance.md, "Calendar feeds under
 * Lambda's 6 MB limit"): on a load {@code ScaleBenchmark} kept ({@code -Dscale.keep}), a national
 * reader's personal feed asked for with and without gzip: events, bytes plain and gzipped, the
 * answer's base64 body (and, for comparison, the text body it had before) against 6 MB, where the
 * limit falls, the request's time, gzip's own time; and the largest one-area part of it. Run with
 * the same class path as {@code benchmarks/scale.sh}: {@code CalendarGzipProbe <repetitions>
 * <sizes...>}. A measurement, not a test. The load is opened for writing (the clock and the feed's
 * secret): point {@code scale.keep} at a copy.
 */
public final class CalendarGzipProbe {

    private static final long LAMBDA_ANSWER = 6L * 1024 * 1024;

    /** LargeAnswer's limit: 6 MB less 64 kB, as base64; the file bytes that fit. */
    private static final long MAX_FILE = (LAMBDA_ANSWER - 64 * 1024) / 4 * 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) {
        try {
            int repetitions = Integer.parseInt(args[0]);
            for (String size : Arrays.copyOfRange(args, 1, args.length)) {
                run(Integer.parseInt(size), repetitions);
            }
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(int size, int repetitions) throws Exception {
        try (LocalSystem system = KeptLoad.start(size)) {
            URI base = system.uri();
            HttpClient http = HttpClient.newHttpClient();
            AccessService access = system.context().getBean(AccessService.class);
            access.remember(access.resolve("demo-admin", null, null));
            String secret = access.renewFeed("demo-admin").orElseThrow();
            URI feed = base.resolve("/feeds/" + secret + "/calendar.ics");
            System.out.printf("%n%d inspections: a national reader's personal feed%n", size);

            HttpResponse<byte[]> gzipped = get(http, feed, "", "gzip, deflate, br");
            HttpResponse<byte[]> plain = get(http, feed, "", null);
            if (gzipped.statusCode() != 200
                    || !"gzip"
                            .equals(gzipped.headers().firstValue("Content-Encoding").orElse(""))) {
                throw new IllegalStateException("the feed gzipped: " + gzipped);
            }
            byte[] ics = gunzip(gzipped.body());
            int events = count(ics, "BEGIN:VEVENT\r\n");
            long gz = gzipped.body().length;
            long asText = JSON.writeValueAsString(new String(ics, StandardCharsets.UTF_8)).length();
            System.out.printf(
                    "  %,d events; %,d bytes plain, %,d gzipped (%.1f%%, %.0f bytes an event)%n"
                            + "  base64 %,d / %,d characters (%.1f%% / %.1f%% of 6 MB);"
                            + " as text before (CRLF escaped) %,d (%.1f%%)%n"
                            + "  without gzip: %d%s%n",
                    events,
                    ics.length,
                    gz,
                    100.0 * gz / ics.length,
                    (double) gz / events,
                    base64(ics.length),
                    base64(gz),
                    100.0 * base64(ics.length) / LAMBDA_ANSWER,
                    100.0 * base64(gz) / LAMBDA_ANSWER,
                    asText,
                    100.0 * asText / LAMBDA_ANSWER,
                    plain.statusCode(),
                    plain.statusCode() == 200
                            ? ""
                            : ": " + new String(plain.body(), StandardCharsets.UTF_8));
            System.out.printf(
                    "  the limit (%,d file bytes) is reached at about %,d events plain, %,d gzipped%n",
                    MAX_FILE, MAX_FILE * events / ics.length, MAX_FILE * events / gz);
            time("GET, gzip", repetitions, () -> get(http, feed, "", "gzip"));
            for (int level : new int[] {Deflater.BEST_SPEED, Deflater.DEFAULT_COMPRESSION}) {
                long[] bytes = new long[1];
                double p50 =
                        time(
                                "gzip level " + (level < 0 ? 6 : level),
                                repetitions,
                                () -> bytes[0] = gzip(ics, level).length);
                System.out.printf(
                        "      %,d bytes, %.1f ms a MB of feed%n",
                        bytes[0], p50 / (ics.length / (1024.0 * 1024.0)));
            }

            String largest = null;
            long largestBytes = 0;
            for (Area area : system.context().getBean(AreaService.class).all()) {
                HttpResponse<byte[]> one =
                        get(http, URI.create(feed + "?area=" + area.id().value()), "", null);
                if (one.statusCode() != 200) {
                    throw new IllegalStateException(area.id().value() + ": " + one.statusCode());
                }
                if (one.body().length > largestBytes) {
                    largestBytes = one.body().length;
                    largest = area.id().value();
                }
            }
            System.out.printf(
                    "  the largest one-area part (?area=%s): %,d bytes plain, %.1f%% of 6 MB as"
                            + " base64%n",
                    largest, largestBytes, 100.0 * base64(largestBytes) / LAMBDA_ANSWER);
        }
    }

    private static int count(byte[] text, String what) {
        String s = new String(text, StandardCharsets.UTF_8);
        int count = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            count++;
        }
        return count;
    }
}
