package org.sendtracker.shared;

import java.util.Optional;

/**
 * Characters no text field may hold, because they reach other systems (emails, calendar feeds, CSV
 * files, logs, DynamoDB) where they do harm while staying invisible on the page: C0 controls and
 * DEL, C1 controls (including NEL), the line and paragraph separators U+2028 and U+2029, the
 * explicit bidirectional formatting characters (embeddings and overrides U+202A to U+202E, isolates
 * U+2066 to U+2069: the "Trojan Source" characters, CVE-2021-42574, which make text display in an
 * order other than the one it is read in), a surrogate without its pair (not Unicode text at all),
 * and U+FFFD, the mark a decoder leaves where the bytes sent were not UTF-8. A multi-line field (a
 * note, a reason) may also hold tabs and line breaks (LF or CR LF). The implicit direction marks
 * (U+200E, U+200F, U+061C) stay allowed: they only steer the direction of neutral characters next
 * to them, and right-to-left names need them.
 */
public final class UnsafeCharacters {

    private UnsafeCharacters() {}

    /**
     * The first unsafe character in a text: its code point and where it is (1 = the first
     * character).
     */
    public record Found(int codePoint, int position) {

        /** A line break (LF, CR, VT, FF, NEL, U+2028, U+2029): the text is not on one line. */
        public boolean isLineBreak() {
            return switch (codePoint) {
                case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029 -> true;
                default -> false;
            };
        }

        public boolean isTab() {
            return codePoint == '\t';
        }

        /** Where bytes that were not UTF-8 were (U+FFFD). */
        public boolean isUnreadable() {
            return codePoint == REPLACEMENT;
        }

        /** For a person: {@code U+202E at character 12}. */
        public String describe() {
            return String.format("U+%04X at character %d", codePoint, position);
        }
    }

    /** The first character {@code text} may not hold, if any. */
    public static Optional<Found> in(String text, boolean multiLine) {
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            position++;
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            boolean allowedWhitespace = multiLine && (c == '\t' || c == '\n' || crlf);
            if (!allowedWhitespace && isUnsafe(c)) {
                return Optional.of(new Found(c, position));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /**
     * {@code text} with each unsafe character written as {@code \\u202E}, safe to quote back in a
     * message.
     */
    public static String visible(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c -> {
                            if (isUnsafe(c)) {
                                visible.append(String.format("\\u%04X", c));
                            } else {
                                visible.appendCodePoint(c);
                            }
                        });
        return visible.toString();
    }

    private static boolean isUnsafe(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.SURROGATE
                || c == 0x2028
                || c == 0x2029
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || c == REPLACEMENT;
    }

    /**
     * U+FFFD, what a decoder puts where bytes were not UTF-8: text holding it was sent in another
     * encoding (a Windows code page) and has already lost characters; stored, it would go on to
     * emails, feeds and the CSV as a row of question-mark diamonds.
     */
    static final int REPLACEMENT = 0xFFFD;
}
