package org.sendtracker.reminders.model;

import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.rules.DeadlineKind;

/**
 * Whether a deadline is the area's to meet (chased when overdue, escalated to senior roles), a
 * visit or meeting others schedule (announced ahead with a briefing, never chased), or a report
 * others send (nothing to prepare for, never chased). Whatever others set is, once passed with
 * nothing recorded, a prompt to record what happened (docs/domain-rules.md §1.4).
 */
public enum DeadlineNature {
    OBLIGATION,
    VISIT,
    REPORT;

    /**
     * Follows the deadline's rule: whoever sets the date ({@code setBy}); of the dates others set,
     * a report's is awaited, not prepared for.
     */
    public static DeadlineNature of(Deadline deadline) {
        if (!deadline.external()) {
            return OBLIGATION;
        }
        return deadline.kind() == DeadlineKind.REVISIT_REPORT ? REPORT : VISIT;
    }

    /** Whether someone other than the council sets the date: a visit or a report. */
    public boolean external() {
        return this != OBLIGATION;
    }

    /**
     * The nature of a kind under the built-in rules; a deadline's own rule decides: {@link
     * #of(Deadline)}.
     */
    public static DeadlineNature of(DeadlineKind kind) {
        return switch (kind) {
            case WSOA_SUBMISSION,
                    WSOA_RESUBMISSION,
                    APP_SUBMISSION,
                    STRATEGIC_PLAN_UPDATE,
                    PRIORITY_ACTION_PLAN_SUBMISSION,
                    PRIORITY_ACTION_PLAN_PUBLICATION,
                    BOARD_REPORT ->
                    OBLIGATION;
            case MONITORING_REVIEW,
                    REVISIT,
                    PROGRESS_REVIEW,
                    MONITORING_INSPECTION,
                    ENGAGEMENT_MEETING,
                    NEXT_FULL_INSPECTION ->
                    VISIT;
            case REVISIT_REPORT -> REPORT;
        };
    }
}
