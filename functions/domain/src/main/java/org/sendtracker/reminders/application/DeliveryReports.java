package org.sendtracker.reminders.application;

import java.util.Objects;
import java.util.Optional;
import org.sendtracker.reminders.model.DeliveryEvent;
import org.sendtracker.reminders.model.MessageTags;
import org.sendtracker.shared.ConcurrentChangeException;

/**
 * Records on an email what the mail service reported after accepting it (delivered, bounced,
 * complained, rejected), so the timeline says whether it arrived and a bounce joins the undelivered
 * emails on the dashboard. The event finds the email by the {@link MessageTags} it was sent with
 * and must carry the message id the send recorded. Recording the same report twice changes nothing.
 */
public final class DeliveryReports {

    /** What became of one report. */
    public enum Outcome {
        /** The email now shows the report. */
        RECORDED,
        /** A duplicate, or outranked by what the email already shows. */
        ALREADY_KNOWN,
        /**
         * No email of this system was sent with these tags and this message id (e.g. a test send by
         * hand).
         */
        NOT_OURS
    }

    /**
     * The report arrived before the send was recorded as accepted (the event can overtake the
     * sender's own write): thrown so the event is delivered again later (Lambda retries an
     * asynchronous invocation that fails).
     */
    public static final class NotYetSettledException extends RuntimeException {
        public NotYetSettledException(String message) {
            super(message);
        }
    }

    private static final int ATTEMPTS = 3;

    private final NoticeLedger ledger;

    public DeliveryReports(NoticeLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger == null");
    }

    public Outcome record(MessageTags tags, String messageId, DeliveryEvent event) {
        for (int attempt = 1; ; attempt++) {
            Optional<SentEmail> found = ledger.email(tags.inspection(), tags.noticeKey());
            if (found.isEmpty()) {
                return Outcome.NOT_OURS;
            }
            SentEmail email = found.get();
            if (email.status() == SentEmail.Status.SENDING) {
                throw new NotYetSettledException(
                        "email "
                                + tags.noticeKey()
                                + " of "
                                + tags.inspection()
                                + " is still being sent");
            }
            if (!email.accepted() || !Objects.equals(email.messageId(), messageId)) {
                return Outcome.NOT_OURS;
            }
            SentEmail reported = email.after(event);
            if (reported.equals(email)) {
                return Outcome.ALREADY_KNOWN;
            }
            try {
                ledger.recordDelivery(tags.inspection(), email, reported);
                return Outcome.RECORDED;
            } catch (ConcurrentChangeException e) {
                if (attempt == ATTEMPTS) {
                    throw e; // another report is being written at the same moment, again and again:
                    // let Lambda retry
                }
            }
        }
    }
}
