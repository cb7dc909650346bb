package org.sendtracker.reminders.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sendtracker.reminders.model.DeliveryEvent;
import org.sendtracker.shared.Actor;

/**
 * An email in an inspection's audit trail: what, to whom, when, and whether it went; for one that
 * did not reach anyone, who dealt with that and when ({@code dealtWith}, null until then).
 */
public record SentEmail(
        String key,
        Status status,
        Instant at,
        List<String> to,
        List<String> cc,
        String subject,
        String messageId,
        String error,
        int attempts,
        DealtWith dealtWith) {

    /**
     * SENDING (claimed), then SENT (the mail service accepted it) or FAILED; after SENT, what the
     * mail service reports: DELIVERED, COMPLAINED (delivered, then marked as spam), BOUNCED or
     * REJECTED.
     */
    public enum Status {
        SENDING,
        SENT,
        FAILED,
        DELIVERED,
        COMPLAINED,
        BOUNCED,
        REJECTED
    }

    /**
     * An officer's statement that an undelivered email has been followed up: who (the name shown
     * and, as in every audit entry, their stable subject id {@code byId}) and when. Statements
     * stored before the subject id was kept have none ({@code byId} null).
     */
    public record DealtWith(String by, String byId, Instant at) {
        public DealtWith {
            Objects.requireNonNull(by, "by == null");
            Objects.requireNonNull(at, "at == null");
        }

        public static DealtWith by(Actor actor, Instant at) {
            return new DealtWith(actor.name(), actor.id(), at);
        }
    }

    /**
     * How long a claim may stay {@code SENDING} before the send is known to have been interrupted:
     * a Lambda function runs for at most 15 minutes. Such an email is never retried (a retry could
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

    /**
     * Failed, bounced, rejected, or interrupted by {@code now}: an email a person may need to
     * follow up.
     */
    public boolean undelivered(Instant now) {
        return status == Status.FAILED
                || status == Status.BOUNCED
                || status == Status.REJECTED
                || interrupted(now);
    }

    /**
     * Whether this email belongs in the sparse index of emails that may need a person
     * (docs/design.md, "The table"): still sending, failed, bounced or rejected, and not yet dealt
     * with.
     */
    public boolean mayNeedAttention() {
        return dealtWith == null
                && switch (status) {
                    case SENDING, FAILED, BOUNCED, REJECTED -> true;
                    case SENT, DELIVERED, COMPLAINED -> false;
                };
    }

    /** Accepted by the mail service, so its delivery events apply ({@link #after}). */
    public boolean accepted() {
        return rank(status) >= 0;
    }

    /**
     * This email once the mail service's {@code event} is known. Reports only ever escalate (see
     * {@link DeliveryEvent.Kind}): a duplicate, or a delivery to one recipient after a bounce for
     * another, leaves the email as it is. Only an {@link #accepted} email has delivery events.
     */
    public SentEmail after(DeliveryEvent event) {
        if (!accepted()) {
            throw new IllegalStateException(
                    "email " + key + " is " + status + ": the mail service has not accepted it");
        }
        Status reported = Status.valueOf(event.kind().name());
        if (rank(reported) <= rank(status)) {
            return this;
        }
        String detail = event.kind() == DeliveryEvent.Kind.DELIVERED ? null : event.describe();
        return new SentEmail(key, reported, at, to, cc, subject, messageId, detail, attempts, null);
    }

    private static int rank(Status status) {
        return switch (status) {
            case SENDING, FAILED -> -1;
            case SENT -> 0;
            case DELIVERED -> 1;
            case COMPLAINED -> 2;
            case BOUNCED, REJECTED -> 3;
        };
    }

    public SentEmail dealtWith(Actor by, Instant when) {
        return new SentEmail(
                key,
                status,
                at,
                to,
                cc,
                subject,
                messageId,
                error,
                attempts,
                DealtWith.by(by, when));
    }

    public SentEmail sent(String id, Instant when, int tries) {
        return new SentEmail(key, Status.SENT, when, to, cc, subject, id, null, tries, null);
    }

    public SentEmail failed(String why, Instant when, int tries) {
        return new SentEmail(key, Status.FAILED, when, to, cc, subject, null, why, tries, null);
    }
}
