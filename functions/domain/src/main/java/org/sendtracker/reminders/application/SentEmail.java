package org.sendtracker.reminders.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An email in an inspection's audit trail: what, to whom, when, and whether it went. */
public record SentEmail(String key, Status status, Instant at, List<String> to, List<String> cc, String subject,
                        String messageId, String error, int attempts) {

    public enum Status { SENDING, SENT, FAILED }

    public SentEmail {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(subject, "subject == null");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    public SentEmail sent(String id, Instant when, int tries) {
        return new SentEmail(key, Status.SENT, when, to, cc, subject, id, null, tries);
    }

    public SentEmail failed(String why, Instant when, int tries) {
        return new SentEmail(key, Status.FAILED, when, to, cc, subject, null, why, tries);
    }
}
