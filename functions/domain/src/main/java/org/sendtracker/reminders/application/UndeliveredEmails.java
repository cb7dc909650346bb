package org.sendtracker.reminders.application;

import org.sendtracker.reminders.application.NoticeLedger.Ledgered;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The reminders and announcements that did not reach anyone, across every area: sends that failed,
 * and sends that were interrupted (never retried, to avoid a duplicate). An officer must see these
 * where they look first, because the deadline they were about is still running.
 */
public final class UndeliveredEmails {

    /** How far back the dashboard looks: long enough to be noticed, short enough not to linger for ever. */
    public static final Duration WINDOW = Duration.ofDays(30);

    private final NoticeLedger ledger;
    private final Clock clock;

    public UndeliveredEmails(NoticeLedger ledger, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** Failed or interrupted in the last {@link #WINDOW}, newest first; a send still in flight is not one. */
    public List<Ledgered> recent() {
        Instant now = clock.instant();
        return ledger.failedOrUnsettledSince(now.minus(WINDOW)).stream()
                .filter(entry -> entry.email().status() == SentEmail.Status.FAILED || entry.email().interrupted(now))
                .sorted(Comparator.comparing((Ledgered entry) -> entry.email().at()).reversed())
                .toList();
    }
}
