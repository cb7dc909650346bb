package org.sendtracker.reminders.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** An email in an inspection's audit trail: what, to whom, when, and whether it went. */
public record SentEmail(String key, Status status, Instant at, List<String> to, List<String> cc, String subject,
                        String messageId, String error, int attempts) {

    public enum Status { SENDING, SENT, FAILED }

    /**
     * How long a claim may stay {@code SENDING} before the send is known to have been interrupted: a
     * Lambda function runs for at most 15 minutes. Such an email is never retried (a retry could
     * deliver it twice, and SES takes no idempotency key), so it is shown as not confirmed instead.
     */
    public static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(15);

    public SentEmail {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(status, "status == null");
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(subject, "subject == null");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    /** A send that began and never reported back: it may or may not have been delivered. */
    public boolean interrupted(Instant now) {
        return status == Status.SENDING && !at.plus(INTERRUPTED_AFTER).isAfter(now);
    }

    public SentEmail sent(String id, Instant when, int tries) {
        return new SentEmail(key, Status.SENT, when, to, cc, subject, id, null, tries);
    }

    public SentEmail failed(String why, Instant when, int tries) {
        return new SentEmail(key, Status.FAILED, when, to, cc, subject, null, why, tries);
    }
}
