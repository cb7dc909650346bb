package org.sendtracker.http.web.deadline;

import org.sendtracker.http.support.LargeAnswer;

/**
 * The CSV's part of answering a file one Lambda answer can carry (docs/performance.md, "The CSV
 * under Lambda's 6 MB limit"): {@link LargeAnswer} gzips and measures it, as for the calendar
 * feeds; a file that does not fit even gzipped gets the page this text is for, saying what to ask
 * for instead, never a file the platform would turn into a 502.
 */
final class CsvDownload {

    private CsvDownload() {}

    /** What the refusal says: how large, the most there can be, and what to ask for. */
    static String message(LargeAnswer.TooLarge tooLarge) {
        StringBuilder message = new StringBuilder(tooLarge.sizes("This spreadsheet"));
        if (!tooLarge.gzipAccepted() && tooLarge.gzippedWouldFit()) {
            message.append("Compressed it would be ")
                    .append(LargeAnswer.size(tooLarge.gzippedBytes()))
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
