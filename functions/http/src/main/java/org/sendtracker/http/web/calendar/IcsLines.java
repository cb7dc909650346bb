package org.sendtracker.http.web.calendar;

/**
 * Folds an iCalendar text's lines as RFC 5545 §3.1 counts them: at most 75 octets of UTF-8 each, a
 * continuation starting with one space, never inside a character. ical4j folds at 75 UTF-16
 * characters, so a line of Welsh or Polish names, or emoji, reached 125 octets, which some calendar
 * clients cut or refuse.
 */
final class IcsLines {

    static final int MAX_OCTETS = 75;

    private static final String CRLF = "\r\n";

    private IcsLines() {}

    /** {@code unfolded}, lines ending CRLF, each folded to {@link #MAX_OCTETS} octets. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, start);
            if (end < 0) {
                end = unfolded.length();
            }
            foldLine(unfolded, start, end, out);
            if (end < unfolded.length()) {
                out.append(CRLF);
            }
            start = end + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String text, int start, int end, StringBuilder out) {
        int octets = 0;
        for (int i = start; i < end; ) {
            int codePoint = text.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
