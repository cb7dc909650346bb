package org.sendtracker.http.web.deadline;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.sendtracker.http.support.AcceptEncoding;

/**
 * The CSV as one Lambda answer can carry it (docs/performance.md, "The CSV under Lambda's 6 MB
 * limit"). A synchronous Lambda answer, the whole JSON payload API Gateway gets, is at most 6 MB;
 * the CSV's media type is one of the function's binary types (application.properties), so its body
 * travels base64-encoded, 4 characters for every 3 bytes, gzipped or not. The file is gzipped when
 * the client accepts gzip and prefers it, or when only the gzipped file fits; a file that does not
 * fit even so is {@link TooLarge}: the controller answers with a page, never a file the platform
 * would turn into a 502. Netty applies the same limit, so the laptop refuses what AWS would.
 */
@Singleton
final class CsvDownload {

    /** Lambda's limit on a synchronous answer: 6 MB, the whole JSON payload. */
    static final long LAMBDA_ANSWER_BYTES = 6L * 1024 * 1024;

    /**
     * Left for the rest of the payload: the status, the headers (the handler sends each twice, in
     * {@code headers} and {@code multiValueHeaders}), a session cookie and the JSON around them, a
     * few kB in all.
     */
    static final long HEADROOM_BYTES = 64L * 1024;

    /** The most the encoded body may be by default: 6,225,920 characters of base64. */
    static final long MAX_ENCODED_BODY = LAMBDA_ANSWER_BYTES - HEADROOM_BYTES;

    private final long maxEncodedBody;

    CsvDownload(
            @Value("${sendtracker.answer.max-encoded-body:" + MAX_ENCODED_BODY + "}")
                    long maxEncodedBody) {
        this.maxEncodedBody = maxEncodedBody;
    }

    /** What to answer with {@code plain}, the CSV's bytes, for a client that {@code accepts}. */
    Answer of(byte[] plain, AcceptEncoding accepts) {
        boolean plainFits = fits(plain.length);
        if (accepts.prefersGzip() || (accepts.acceptsGzip() && !plainFits)) {
            byte[] gzipped = gzip(plain);
            return fits(gzipped.length)
                    ? new File(gzipped, true)
                    : new TooLarge(plain.length, gzipped.length, true, maxFileBytes());
        }
        if (plainFits) {
            return new File(plain, false);
        }
        return new TooLarge(plain.length, gzip(plain).length, false, maxFileBytes());
    }

    /** The characters of the answer's body for a file of {@code bytes}: base64's. */
    static long encodedSize(long bytes) {
        return (bytes + 2) / 3 * 4;
    }

    private boolean fits(long bytes) {
        return encodedSize(bytes) <= maxEncodedBody;
    }

    /** The largest file, gzipped or not, whose encoded body fits. */
    long maxFileBytes() {
        return maxEncodedBody / 4 * 3;
    }

    /**
     * Gzipped at the fastest level: on the whole record at ×10 (10.2 MB, 26,800 rows) it took 44 ms
     * for 351 kB, against 140 ms for 291 kB at the default level (docs/performance.md); the limit
     * is hundreds of thousands of rows away either way, and the officer waits for the time.
     */
    static byte[] gzip(byte[] plain) {
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

    /** What the CSV's answer is: a file, or a refusal because none would fit. */
    sealed interface Answer permits File, TooLarge {}

    /** The file's bytes as sent, gzipped or not. */
    record File(byte[] body, boolean gzipped) implements Answer {}

    /**
     * No file fits: {@code plainBytes} and {@code gzippedBytes} are the file's sizes, {@code
     * gzipAccepted} whether the client could have had the gzipped one, {@code maxFileBytes} the
     * most that fits.
     */
    record TooLarge(long plainBytes, long gzippedBytes, boolean gzipAccepted, long maxFileBytes)
            implements Answer {

        /** Whether the gzipped file would have fitted, had the client asked for it. */
        boolean gzippedWouldFit() {
            return gzippedBytes <= maxFileBytes;
        }

        /** What the refusal says: how large, the most there can be, and what to ask for. */
        String message() {
            StringBuilder message = new StringBuilder("This spreadsheet would be ");
            if (gzipAccepted) {
                message.append(size(gzippedBytes))
                        .append(" compressed (")
                        .append(size(plainBytes))
                        .append(" uncompressed)");
            } else {
                message.append(size(plainBytes));
            }
            message.append(", more than the ")
                    .append(size(maxFileBytes))
                    .append(" that can be downloaded at once. ");
            if (!gzipAccepted && gzippedWouldFit()) {
                message.append("Compressed it would be ")
                        .append(size(gzippedBytes))
                        .append(": download it with a web browser, or ask for a compressed file")
                        .append(" (Accept-Encoding: gzip; with curl, --compressed). Or ");
            } else {
                message.append("To download the deadlines, ");
            }
            return message.append("choose a later first due date (from=YYYY-MM-DD in the")
                    .append(" address; without it, the file holds the last ")
                    .append(CsvRange.DEFAULT_MONTHS_BACK)
                    .append(" months and everything still to do), or one area at a time (the")
                    .append(" dashboard's area filter).")
                    .toString();
        }
    }

    /** A size as people read it, in the binary units Lambda's limit is given in. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " kB";
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
