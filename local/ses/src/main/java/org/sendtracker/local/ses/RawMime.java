package org.sendtracker.local.ses;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header section of a Raw MIME message: the lines before the first empty line, unfolded (RFC
 * 5322 §2.2.3).
 */
final class RawMime {

    private final byte[] message;
    private final Map<String, String> headers;

    private RawMime(byte[] message, Map<String, String> headers) {
        this.message = message;
        this.headers = headers;
    }

    static RawMime of(byte[] message) {
        String text = new String(message, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            end = text.indexOf("\n\n");
        }
        String section = (end < 0 ? text : text.substring(0, end)).replaceAll("\r?\n(?=[ \t])", "");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : section.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return new RawMime(message, headers);
    }

    /** The first field of that name, as written (encoded-words left encoded). */
    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The message as SES would deliver it: SES adds {@code Date} and {@code Message-ID} when the
     * sender left them out, so a mail client can sort and thread what it opens.
     */
    byte[] withDateAndMessageId(String date, String messageId) {
        StringBuilder added = new StringBuilder();
        if (header("Date").isEmpty()) {
            added.append("Date: ").append(date).append("\r\n");
        }
        if (header("Message-ID").isEmpty()) {
            added.append("Message-ID: ").append(messageId).append("\r\n");
        }
        byte[] prefix = added.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] complete = new byte[prefix.length + message.length];
        System.arraycopy(prefix, 0, complete, 0, prefix.length);
        System.arraycopy(message, 0, complete, prefix.length, message.length);
        return complete;
    }
}
