package org.sendtracker.reminders.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.NoticeLedger.Ledgered;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * The reminders and announcements that did not reach anyone, across every area: sends that failed,
 * and sends that were interrupted (never retried, to avoid a duplicate). An officer must see these
 * where they look first, because the deadline they were about is still running.
 */
public final class UndeliveredEmails {

    /**
     * How far back the dashboard looks: long enough to be noticed, short enough not to linger for
     * ever.
     */
    public static final Duration WINDOW = Duration.ofDays(30);

    /**
     * A notice's key ({@code REMINDER#{deadline}#{due}#{point}}, {@code
     * PREPARE#{visit}#{startsOn}}) is a few dozen characters; a longer one names no email, and
     * could not even be looked up (a DynamoDB sort key holds at most 1,024 bytes).
     */
    static final int MAX_KEY = 200;

    private final NoticeLedger ledger;
    private final Clock clock;

    public UndeliveredEmails(NoticeLedger ledger, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /**
     * Records that {@code actor} has followed up an email that did not reach anyone, which takes it
     * off the list. Saying so again answers with the first record; an email that was delivered, or
     * is still being sent, has nothing to deal with (409).
     */
    /**
     * What an unknown email gets (and, at the edge, an email in an area the person may not read).
     */
    public static Rejection noSuchEmail(String inspectionId, String key) {
        return new Rejection.NotFound(
                "There is no email '" + key + "' of inspection '" + inspectionId + "'");
    }

    public Result<SentEmail> markDealtWith(String inspectionId, String key, Actor actor) {
        if (key != null && key.length() > MAX_KEY) {
            return Result.refused(
                    Rejection.Invalid.of(
                            "key",
                            "The email's key must be "
                                    + MAX_KEY
                                    + " characters or fewer: give it as the list of undelivered emails does"));
        }
        Optional<String> unsafe =
                key == null ? Optional.empty() : FieldReader.unsafe(key, "The email's key", false);
        if (unsafe.isPresent()) {
            return Result.refused(Rejection.Invalid.of("key", unsafe.get()));
        }
        Optional<SentEmail> found =
                InspectionId.isValid(inspectionId) && key != null
                        ? ledger.email(new InspectionId(inspectionId), key)
                        : Optional.empty();
        if (found.isEmpty()) {
            return Result.refused(noSuchEmail(inspectionId, key));
        }
        SentEmail email = found.get();
        if (email.dealtWith() != null) {
            return Result.ok(email);
        }
        Instant now = clock.instant();
        if (!email.undelivered(now)) {
            return Result.refused(
                    new Rejection.Conflict(
                            email.status() == SentEmail.Status.SENDING
                                    ? "This email is still being sent: wait a few minutes to see whether it goes"
                                    : "This email was delivered: there is nothing to deal with"));
        }
        SentEmail dealtWith = email.dealtWith(actor, now);
        try {
            ledger.markDealtWith(new InspectionId(inspectionId), email, dealtWith);
        } catch (ConcurrentChangeException e) {
            return Result.refused(
                    new Rejection.Conflict(
                            "This email changed while you were saving: reload the page and try again"));
        }
        return Result.ok(dealtWith);
    }

    /**
     * Failed, bounced, rejected or interrupted in the last {@link #WINDOW} and not yet dealt with,
     * newest first; a send still in flight is not one.
     */
    public List<Ledgered> recent() {
        Instant now = clock.instant();
        return ledger.failedOrUnsettledSince(now.minus(WINDOW)).stream()
                .filter(
                        entry ->
                                entry.email().undelivered(now) && entry.email().dealtWith() == null)
                .sorted(Comparator.comparing((Ledgered entry) -> entry.email().at()).reversed())
                .toList();
    }
}
