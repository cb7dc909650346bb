package org.sendtracker.http.web.deadline;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.sendtracker.http.support.AcceptEncoding;
import org.sendtracker.http.support.LargeAnswer;

/**
 * The CSV as one Lambda answer can carry it (docs/performance.md, "The CSV under Lambda's 6 MB
 * limit"): {@link LargeAnswer}'s gzip and limit, which the calendar feeds share, with the CSV's own
 * refusal. A file that does not fit even gzipped is {@link TooLarge}: the controller answers with a
 * page that says what to ask for instead, never a file the platform would turn into a 502.
 */
@Singleton
final class CsvDownload {

    /** The most the encoded body may be by default: 6,225,920 characters of base64. */
    static final long MAX_ENCODED_BODY = LargeAnswer.MAX_ENCODED_BODY;

    private final LargeAnswer answer;

    @Inject
    CsvDownload(LargeAnswer answer) {
        this.answer = answer;
    }

    /** With the encoded body limited to {@code maxEncodedBody} characters. */
    CsvDownload(long maxEncodedBody) {
        this(new LargeAnswer(maxEncodedBody));
    }

    /** What to answer with {@code plain}, the CSV's bytes, for a client that {@code accepts}. */
    Answer of(byte[] plain, AcceptEncoding accepts) {
        LargeAnswer.Body body = answer.of(plain, accepts);
        if (body instanceof LargeAnswer.TooLarge t) {
            return new TooLarge(
                    t.plainBytes(), t.gzippedBytes(), t.gzipAccepted(), t.maxFileBytes());
        }
        LargeAnswer.Fits fits = (LargeAnswer.Fits) body;
        return new File(fits.body(), fits.gzipped());
    }

    /** The characters of the answer's body for a file of {@code bytes}: base64's. */
    static long encodedSize(long bytes) {
        return LargeAnswer.encodedSize(bytes);
    }

    /** The largest file, gzipped or not, whose encoded body fits. */
    long maxFileBytes() {
        return answer.maxFileBytes();
    }

    /** Gzipped as {@link LargeAnswer} does it, at the fastest level. */
    static byte[] gzip(byte[] plain) {
        return LargeAnswer.gzip(plain);
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
            return shared().gzippedWouldFit();
        }

        /** What the refusal says: how large, the most there can be, and what to ask for. */
        String message() {
            StringBuilder message = new StringBuilder(shared().sizes("This spreadsheet"));
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

        private LargeAnswer.TooLarge shared() {
            return new LargeAnswer.TooLarge(plainBytes, gzippedBytes, gzipAccepted, maxFileBytes);
        }
    }

    /** A size as people read it, in the binary units Lambda's limit is given in. */
    static String size(long bytes) {
        return LargeAnswer.size(bytes);
    }
}
