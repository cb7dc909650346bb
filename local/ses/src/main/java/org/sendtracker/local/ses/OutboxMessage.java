package org.sendtracker.local.ses;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One message the local SES endpoint accepted, as {@code GET /local/outbox} shows it. {@code text}
 * and {@code html} are the bodies of Simple content; a Raw message keeps its bodies only in its
 * {@code .eml}.
 */
public record OutboxMessage(
        String id,
        Instant sentAt,
        String from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        List<String> replyTo,
        String subject,
        String text,
        String html) {

    public OutboxMessage {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(sentAt, "sentAt == null");
        Objects.requireNonNull(from, "from == null");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        replyTo = List.copyOf(replyTo);
        Objects.requireNonNull(subject, "subject == null");
    }

    /**
     * Whether {@code address} is among the recipients (To, Cc or Bcc), ignoring case and display
     * names.
     */
    public boolean isAddressedTo(String address) {
        return Stream.of(to, cc, bcc)
                .flatMap(List::stream)
                .anyMatch(recipient -> Addresses.bare(recipient).equalsIgnoreCase(address.strip()));
    }
}
