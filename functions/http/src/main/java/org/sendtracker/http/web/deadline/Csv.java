package org.sendtracker.http.web.deadline;

import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: CRLF line ends; a field holding a comma, a double
 * quote or a line break is quoted, its quotes doubled. A field a spreadsheet would run as a formula
 * (it starts with {@code = + - @}, or a tab or carriage return that some read past) is defused with
 * a leading apostrophe, as OWASP's CSV injection guidance suggests: an officer's note must never
 * become a formula on a colleague's machine.
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote =
                text.indexOf(',') >= 0
                        || text.indexOf('"') >= 0
                        || text.indexOf('\n') >= 0
                        || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
