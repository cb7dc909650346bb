package org.sendtracker.inspection.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The step that set an outstanding deadline: the day it happened and how a sentence names that day
 * ("the date of the decision that set it"). A due date cannot be moved before it
 * (docs/domain-rules.md §1.4, "Changing a due date").
 *
 * <p>Nothing stores that day with the deadline: {@code Deadline.recordedAt} is when the tracker
 * learned of the date, not when the step happened. It is read from the inspection's key dates,
 * which its steps (as corrected, withdrawn ones left out) set, by the kind of deadline:
 *
 * <ul>
 *   <li>the report received: the WSoA's submission, and under the 2023 framework the strategic
 *       plan, the priority action plan's submission and publication, the monitoring inspection and
 *       the next full inspection;
 *   <li>the latest decision that the WSoA was not fit for purpose: its resubmission;
 *   <li>the WSoA's acceptance: the revisit and the first DfE and NHS England monitoring visit;
 *   <li>the latest monitoring visit: the next one (every visit meets the one outstanding);
 *   <li>the revisit's notice: the revisit report;
 *   <li>the revisit report received: the Accelerated Progress Plan and the formal progress review;
 *   <li>the latest engagement meeting, else the monitoring inspection report received, else the
 *       report received: the next engagement meeting.
 * </ul>
 *
 * A board's report is set by its board's cadence, not by a step of the inspection: it has none, and
 * its date is bounded only by the notification. The rule holds for outstanding deadlines, the only
 * ones whose date can be changed: for a deadline of a repeating kind already met, a later step of
 * the same kind has taken its key date, so none is given.
 */
public record DeadlineOrigin(LocalDate on, String what) {

    public DeadlineOrigin {
        Objects.requireNonNull(on, "on == null");
        Objects.requireNonNull(what, "what == null");
    }

    /** The step that set {@code deadline}, outstanding on {@code inspection}; empty if none. */
    public static Optional<DeadlineOrigin> of(Inspection inspection, Deadline deadline) {
        if (!deadline.isOutstanding()) {
            return Optional.empty();
        }
        KeyDates keyDates = inspection.keyDates();
        return switch (deadline.kind()) {
            case WSOA_SUBMISSION,
                    STRATEGIC_PLAN_UPDATE,
                    PRIORITY_ACTION_PLAN_SUBMISSION,
                    PRIORITY_ACTION_PLAN_PUBLICATION,
                    MONITORING_INSPECTION,
                    NEXT_FULL_INSPECTION ->
                    at(keyDates, KeyDates.REPORT_RECEIVED, "the date the report was received");
            case WSOA_RESUBMISSION ->
                    at(keyDates, KeyDates.WSOA_NOT_FIT, "the date of the decision that set it");
            case REVISIT -> at(keyDates, KeyDates.WSOA_ACCEPTED, "the date the WSoA was accepted");
            case MONITORING_REVIEW ->
                    at(
                                    keyDates,
                                    KeyDates.LAST_MONITORING_VISIT,
                                    "the date of the monitoring visit that set it")
                            .or(
                                    () ->
                                            at(
                                                    keyDates,
                                                    KeyDates.WSOA_ACCEPTED,
                                                    "the date the WSoA was accepted"));
            case REVISIT_REPORT ->
                    at(keyDates, KeyDates.REVISIT_NOTIFIED, "the date the revisit was notified");
            case APP_SUBMISSION, PROGRESS_REVIEW ->
                    at(
                            keyDates,
                            KeyDates.REVISIT_REPORT_RECEIVED,
                            "the date the revisit report was received");
            case ENGAGEMENT_MEETING ->
                    at(
                                    keyDates,
                                    KeyDates.LAST_ENGAGEMENT_MEETING,
                                    "the date of the engagement meeting that set it")
                            .or(
                                    () ->
                                            at(
                                                    keyDates,
                                                    KeyDates.MONITORING_INSPECTION_REPORT_RECEIVED,
                                                    "the date the monitoring inspection report was received"))
                            .or(
                                    () ->
                                            at(
                                                    keyDates,
                                                    KeyDates.REPORT_RECEIVED,
                                                    "the date the report was received"));
            case BOARD_REPORT -> Optional.empty();
        };
    }

    private static Optional<DeadlineOrigin> at(KeyDates keyDates, String name, String what) {
        return Optional.ofNullable(keyDates.get(name)).map(on -> new DeadlineOrigin(on, what));
    }
}
