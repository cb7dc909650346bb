package org.sendtracker.local.ses;

import java.util.List;
import java.util.Objects;

/**
 * A SendEmail request the local endpoint accepted: who it is from and to, its subject, and either
 * Simple content (text and/or HTML) or a Raw MIME message, whose headers supplied anything the
 * request left out.
 */
record SendEmail(
        String from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        List<String> replyTo,
        String subject,
        String text,
        String html,
        byte[] raw) {

    SendEmail {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(subject, "subject == null");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        replyTo = List.copyOf(replyTo);
    }

    boolean isRaw() {
        return raw != null;
    }
}
