package org.sendtracker.http.support;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A file as one Lambda answer can carry it: the CSV and the calendar feeds (docs/performance.md,
 * "The CSV under Lambda's 6 MB limit" and "Calendar feeds under Lambda's 6 MB limit"). A
 * synchronous Lambda answer, the whole JSON payload API Gateway gets, is at most 6 MB; the file's
 * media type is one of the function's binary types (application.properties), so its body travels
 * base64-encoded, 4 characters for every 3 bytes, gzipped or not. The file is gzipped when the
 * client accepts gzip and prefers it, or when only the gzipped file fits; a file that does not fit
 * even so is {@link TooLarge}: the caller answers with a refusal, never a file the platform would
 * turn into a 502. Netty applies the same limit, so the laptop refuses what AWS would.
 */
@Singleton
public final class LargeAnswer {

    /** Lambda's limit on a synchronous answer: 6 MB, the whole JSON payload. */
    public static final long LAMBDA_ANSWER_BYTES = 6L * 1024 * 1024;

    /**
     * Left for the rest of the payload: the status, the headers (the handler sends each twice, in
     * {@code headers} and {@code multiValueHeaders}), a session cookie and the JSON around them, a
     * few kB in all.
     */
    public static final long HEADROOM_BYTES = 64L * 1024;

    /** The most the encoded body may be by default: 6,225,920 characters of base64. */
    public static final long MAX_ENCODED_BODY = LAMBDA_ANSWER_BYTES - HEADROOM_BYTES;

    /** The property that sets another limit on the encoded body (the tests use 300). */
    public static final String LIMIT_PROPERTY = "sendtracker.answer.max-encoded-body";

    private final long maxEncodedBody;

    public LargeAnswer(
            @Value("${" + LIMIT_PROPERTY + ":" + MAX_ENCODED_BODY + "}") long maxEncodedBody) {
        this.maxEncodedBody = maxEncodedBody;
    }

    /** What to answer with {@code plain}, the file's bytes, for a client that {@code accepts}. */
    public Body of(byte[] plain, AcceptEncoding accepts) {
        boolean plainFits = fits(plain.length);
        if (accepts.prefersGzip() || (accepts.acceptsGzip() && !plainFits)) {
            byte[] gzipped = gzip(plain);
            return fits(gzipped.length)
                    ? new Fits(gzipped, true)
                    : new TooLarge(plain.length, gzipped.length, true, maxFileBytes());
        }
        if (plainFits) {
            return new Fits(plain, false);
        }
        return new TooLarge(plain.length, gzip(plain).length, false, maxFileBytes());
    }

    /** The characters of the answer's body for a file of {@code bytes}: base64's. */
    public static long encodedSize(long bytes) {
        return (bytes + 2) / 3 * 4;
    }

    private boolean fits(long bytes) {
        return encodedSize(bytes) <= maxEncodedBody;
    }

    /** The largest file, gzipped or not, whose encoded body fits. */
    public long maxFileBytes() {
        return maxEncodedBody / 4 * 3;
    }

    /**
     * Gzipped at the fastest level: on the whole record at ×10 (10.2 MB, 26,800 rows) it took 44 ms
     * for 351 kB, against 140 ms for 291 kB at the default level (docs/performance.md); the limit
     * is hundreds of thousands of rows away either way, and the officer waits for the time.
     */
    public static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 16));
        try (GZIPOutputStream gzip =
                new GZIPOutputStream(out, 64 * 1024) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                }) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }

    /** What the answer is: the file, or a refusal because none would fit. */
    public sealed interface Body permits Fits, TooLarge {}

    /** The file's bytes as sent, gzipped or not. */
    public record Fits(byte[] body, boolean gzipped) implements Body {

        /**
         * A 200 with the body, {@code Content-Encoding: gzip} when gzipped, and {@code Vary:
         * Accept-Encoding} either way, so no cache gives the gzipped file to a client that did not
         * ask for it. The caller adds the media type and the file name.
         */
        public MutableHttpResponse<byte[]> response() {
            MutableHttpResponse<byte[]> response =
                    HttpResponse.ok(body).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            return gzipped ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip") : response;
        }
    }

    /**
     * No file fits: {@code plainBytes} and {@code gzippedBytes} are the file's sizes, {@code
     * gzipAccepted} whether the client could have had the gzipped one, {@code maxFileBytes} the
     * most that fits.
     */
    public record TooLarge(
            long plainBytes, long gzippedBytes, boolean gzipAccepted, long maxFileBytes)
            implements Body {

        /** Whether the gzipped file would have fitted, had the client asked for it. */
        public boolean gzippedWouldFit() {
            return gzippedBytes <= maxFileBytes;
        }

        /**
         * "{@code what} would be 7.0 MB compressed (9.8 MB uncompressed), more than the 4.5 MB that
         * can be downloaded at once. ": the sizes the client could have had, against the limit.
         */
        public String sizes(String what) {
            StringBuilder message = new StringBuilder(what).append(" would be ");
            if (gzipAccepted) {
                message.append(size(gzippedBytes))
                        .append(" compressed (")
                        .append(size(plainBytes))
                        .append(" uncompressed)");
            } else {
                message.append(size(plainBytes));
            }
            return message.append(", more than the ")
                    .append(size(maxFileBytes))
                    .append(" that can be downloaded at once. ")
                    .toString();
        }
    }

    /** A size as people read it, in the binary units Lambda's limit is given in. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " kB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
