package org.sendtracker.local.ses;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.sendtracker.calendar.England;

/**
 * Writes an outbox message as an RFC 5322 / MIME message a mail client opens: UTF-8 bodies in
 * base64, text and HTML as {@code multipart/alternative} (RFC 2046 §5.1.4: plainest first, so the
 * HTML is what a client shows), a non-ASCII subject as RFC 2047 encoded-words. The boundary is
 * derived from the id, so the same message is always written the same way.
 */
final class EmlWriter {

    private static final DateTimeFormatter RFC_5322_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
                    .withZone(England.ZONE);
    private static final Base64.Encoder BASE64 =
            Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII));
    private static final int LINE = 78;

    private EmlWriter() {}

    static String date(Instant instant) {
        return RFC_5322_DATE.format(instant);
    }

    static String messageId(String id) {
        return "<" + id + "@outbox.sendtracker.local>";
    }

    static byte[] write(OutboxMessage message) {
        StringBuilder eml = new StringBuilder();
        eml.append("Date: ").append(date(message.sentAt())).append("\r\n");
        eml.append("From: ").append(Addresses.forHeader(message.from())).append("\r\n");
        addresses(eml, "To", message.to());
        addresses(eml, "Cc", message.cc());
        // RFC 5322 §3.6.3 allows Bcc in the sender's own copy, which is what the outbox is.
        addresses(eml, "Bcc", message.bcc());
        addresses(eml, "Reply-To", message.replyTo());
        eml.append("Subject: ").append(subject(message.subject())).append("\r\n");
        eml.append("Message-ID: ").append(messageId(message.id())).append("\r\n");
        eml.append("MIME-Version: 1.0\r\n");
        if (message.text() != null && message.html() != null) {
            String boundary = "=_alternative_" + message.id();
            eml.append("Content-Type: multipart/alternative; boundary=\"")
                    .append(boundary)
                    .append("\"\r\n\r\n");
            eml.append("--").append(boundary).append("\r\n");
            part(eml, "text/plain", message.text());
            eml.append("--").append(boundary).append("\r\n");
            part(eml, "text/html", message.html());
            eml.append("--").append(boundary).append("--\r\n");
        } else {
            part(
                    eml,
                    message.html() != null ? "text/html" : "text/plain",
                    message.html() != null ? message.html() : message.text());
        }
        return eml.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void addresses(StringBuilder eml, String name, List<String> mailboxes) {
        if (!mailboxes.isEmpty()) {
            eml.append(name)
                    .append(": ")
                    .append(
                            String.join(
                                    ",\r\n ",
                                    mailboxes.stream().map(Addresses::forHeader).toList()))
                    .append("\r\n");
        }
    }

    /**
     * Plain printable ASCII stays readable, folded at spaces; anything else becomes encoded-words.
     */
    static String subject(String subject) {
        if (!subject.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return EncodedWords.encode(subject);
        }
        StringBuilder folded = new StringBuilder();
        int lineLength = "Subject: ".length();
        for (String word : subject.split(" ", -1)) {
            if (folded.length() > 0) {
                if (lineLength + 1 + word.length() > LINE) {
                    folded.append("\r\n");
                    lineLength = 0;
                }
                folded.append(' ');
                lineLength++;
            }
            folded.append(word);
            lineLength += word.length();
        }
        return folded.toString();
    }

    /** RFC 2046 §4.1.1: text travels with CRLF line breaks. */
    private static void part(StringBuilder eml, String type, String body) {
        String canonical = body.replaceAll("\r\n|\r|\n", "\r\n");
        eml.append("Content-Type: ").append(type).append("; charset=UTF-8\r\n");
        eml.append("Content-Transfer-Encoding: base64\r\n\r\n");
        eml.append(BASE64.encodeToString(canonical.getBytes(StandardCharsets.UTF_8)))
                .append("\r\n");
    }
}
