package org.sendtracker.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.local.testing.LocalTokens;

/**
 * The CSV against Lambda's 6 MB answer (docs/performance.md, "The CSV under Lambda's 6 MB limit"):
 * on a load {@code ScaleBenchmark} kept ({@code -Dscale.keep}), the default file and the whole
 * record asked for with and without gzip: rows, bytes plain and gzipped, the answer's base64 body
 * against 6 MB, the row count at which even the gzipped file would reach the limit, the request's
 * time both ways, and gzip's own time per MB at three levels. Run with the same class path as
 * {@code benchmarks/scale.sh}: {@code CsvGzipProbe <repetitions> <sizes...>}. A measurement, not a
 * test. The load is opened for writing (the clock): point {@code scale.keep} at a copy.
 */
public final class CsvGzipProbe {

    private static final long LAMBDA_ANSWER = 6L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** LargeAnswer's limit: 6 MB less 64 kB, as base64; the file bytes that fit. */
    private static final long MAX_FILE = (LAMBDA_ANSWER - 64 * 1024) / 4 * 3;

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
            String bearer = LocalTokens.bearer(base, "admin");
            HttpClient http = HttpClient.newHttpClient();
            System.out.printf("%n%d inspections%n", size);
            // Other answers that grow with the table, as text in the answer's JSON (CRLF escaped
            // to 4 characters). The personal feed is CalendarGzipProbe's.
            for (String path : List.of("/?all=inspections", "/?all=overdue")) {
                HttpResponse<byte[]> answer = get(http, base.resolve(path), bearer, null);
                String text = new String(answer.body(), StandardCharsets.UTF_8);
                long escaped = JSON.writeValueAsString(text).length();
                System.out.printf(
                        "  GET %s: %d, %,d bytes, %,d characters as a JSON string (%.1f%% of 6 MB)%n",
                        path,
                        answer.statusCode(),
                        answer.body().length,
                        escaped,
                        100.0 * escaped / LAMBDA_ANSWER);
            }
            for (String path : List.of("/deadlines.csv", "/deadlines.csv?from=2016-01-01")) {
                HttpResponse<byte[]> gzipped = get(http, base.resolve(path), bearer, "gzip");
                HttpResponse<byte[]> plain = get(http, base.resolve(path), bearer, null);
                if (gzipped.statusCode() != 200
                        || !"gzip"
                                .equals(
                                        gzipped.headers()
                                                .firstValue("Content-Encoding")
                                                .orElse(""))) {
                    throw new IllegalStateException(path + " gzipped: " + gzipped);
                }
                byte[] file = gunzip(gzipped.body());
                int rows = rows(file) - 1;
                long gz = gzipped.body().length;
                System.out.printf(
                        "  GET %s: %,d rows; %,d bytes plain, %,d gzipped (%.1f%%, %.0f bytes a row);"
                                + " base64 %,d / %,d characters (%.1f%% / %.1f%% of 6 MB);"
                                + " without gzip: %d%s%n",
                        path,
                        rows,
                        file.length,
                        gz,
                        100.0 * gz / file.length,
                        (double) gz / rows,
                        base64(file.length),
                        base64(gz),
                        100.0 * base64(file.length) / LAMBDA_ANSWER,
                        100.0 * base64(gz) / LAMBDA_ANSWER,
                        plain.statusCode(),
                        plain.statusCode() == 200 ? "" : " (the page: the file does not fit)");
                System.out.printf(
                        "    the limit (%,d file bytes) is reached at about %,d rows plain, %,d"
                                + " rows gzipped%n",
                        MAX_FILE, MAX_FILE * rows / file.length, MAX_FILE * rows / gz);
                time(
                        "    GET, gzip",
                        repetitions,
                        () -> get(http, base.resolve(path), bearer, "gzip"));
                if (plain.statusCode() == 200) {
                    time(
                            "    GET, plain",
                            repetitions,
                            () -> get(http, base.resolve(path), bearer, null));
                }
                for (int level : new int[] {Deflater.BEST_SPEED, 6, Deflater.BEST_COMPRESSION}) {
                    long[] bytes = new long[1];
                    double p50 =
                            time(
                                    "    gzip level " + level,
                                    repetitions,
                                    () -> bytes[0] = gzip(file, level).length);
                    System.out.printf(
                            "      %,d bytes, %.1f ms a MB of CSV%n",
                            bytes[0], p50 / (file.length / (1024.0 * 1024.0)));
                }
            }
        }
    }

    static long base64(long bytes) {
        return (bytes + 2) / 3 * 4;
    }

    /** Prints and returns the p50 in ms, after 3 unmeasured runs. */
    static double time(String what, int repetitions, Runnable run) {
        for (int i = 0; i < 3; i++) {
            run.run();
        }
        long[] times = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long t = System.nanoTime();
            run.run();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        double p50 = times[(repetitions - 1) / 2] / 1e6;
        System.out.printf(
                "  %-34s p50 %8.1f ms, p95 %8.1f ms%n",
                what, p50, times[(int) Math.ceil(repetitions * 0.95) - 1] / 1e6);
        return p50;
    }

    static HttpResponse<byte[]> get(
            HttpClient http, URI uri, String bearer, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", bearer);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int rows(byte[] csv) {
        int rows = 0;
        for (int i = 0; i + 1 < csv.length; i++) {
            if (csv[i] == '\r' && csv[i + 1] == '\n') {
                rows++;
            }
        }
        return rows;
    }

    static byte[] gzip(byte[] plain, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 8);
        try (GZIPOutputStream gzip =
                new GZIPOutputStream(out, 64 * 1024) {
                    {
                        def.setLevel(level);
                    }
                }) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
