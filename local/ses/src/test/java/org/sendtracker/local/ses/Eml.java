package org.sendtracker.local.ses;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back what {@link EmlWriter} writes, textually (no mail library is on the classpath): the
 * header section as written, and each part of a {@code multipart/alternative} body, decoded.
 */
record Eml(String headers, List<Part> parts) {

    record Part(String headers, String body) {}

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"([^\"]+)\"");

    static Eml parse(String message) {
        int end = message.indexOf("\r\n\r\n");
        String headers = message.substring(0, end + 2);
        String body = message.substring(end + 4);
        Matcher boundary = BOUNDARY.matcher(headers);
        if (!boundary.find()) {
            return new Eml(headers, List.of(part(headers, body)));
        }
        String delimiter = "--" + boundary.group(1);
        assertThat(body.endsWith(delimiter + "--\r\n"), "the body ends with the closing delimiter");
        List<Part> parts = new ArrayList<>();
        String[] pieces =
                body.substring(0, body.length() - (delimiter + "--\r\n").length())
                        .split(Pattern.quote(delimiter + "\r\n"), -1);
        for (int i = 1; i < pieces.length; i++) {
            int partEnd = pieces[i].indexOf("\r\n\r\n");
            parts.add(part(pieces[i].substring(0, partEnd + 2), pieces[i].substring(partEnd + 4)));
        }
        return new Eml(headers, parts);
    }

    private static Part part(String headers, String base64) {
        assertThat(headers.contains("Content-Transfer-Encoding: base64\r\n"), "the part is base64");
        for (String line : base64.split("\r\n")) {
            assertThat(line.length() <= 76, "base64 lines are at most 76 characters");
        }
        return new Part(
                headers,
                new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8));
    }

    private static void assertThat(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("not an RFC 5322 message as expected: " + what);
        }
    }
}
