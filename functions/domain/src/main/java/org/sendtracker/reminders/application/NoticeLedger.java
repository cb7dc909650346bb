package org.sendtracker.reminders.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sendtracker.inspection.model.InspectionId;

/**
 * The record of every notice emailed for an inspection, which is also what makes each one at most
 * once: {@link #claim} succeeds for a key exactly once, however many workflow executions or Lambda
 * retries ask. Implementations claim with a conditional write.
 */
public interface NoticeLedger {

    /**
     * Records {@code email} as being sent under {@code email.key()}; false if that key was claimed
     * before.
     */
    boolean claim(InspectionId inspection, SentEmail email);

    /** Replaces the claim's record with its outcome (sent, or failed after retries). */
    void settle(InspectionId inspection, SentEmail outcome);

    /** The email recorded under {@code key}, if any. */
    Optional<SentEmail> email(InspectionId inspection, String key);

    /**
     * Replaces {@code current} with {@code dealtWith} (the same email, marked as followed up) if it
     * is still as read; what is dealt with leaves {@link #failedOrUnsettledSince}.
     *
     * @throws org.sendtracker.shared.ConcurrentChangeException if the email changed since it was
     *     read
     */
    void markDealtWith(InspectionId inspection, SentEmail current, SentEmail dealtWith);

    /**
     * Replaces {@code current} with {@code reported} (the same email after a delivery event) if it
     * is still as read.
     *
     * @throws org.sendtracker.shared.ConcurrentChangeException if the email changed since it was
     *     read
     */
    void recordDelivery(InspectionId inspection, SentEmail current, SentEmail reported);

    /** Every email recorded for the inspection, oldest first. */
    List<SentEmail> emails(InspectionId inspection);

    /**
     * Across all inspections, oldest first: the emails that failed, bounced or were rejected at or
     * after {@code since}, and the claims still sending that were made at or after it, unless dealt
     * with (found by index, never by scan).
     */
    List<Ledgered> failedOrUnsettledSince(Instant since);

    /** An email with the inspection it is about. */
    record Ledgered(InspectionId inspection, SentEmail email) {}
}
