package org.sendtracker.reminders.model;

import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.rules.DeadlineKind;

/**
 * Whether a deadline is the area's to meet (chased when overdue, escalated to senior roles) or a
 * visit or meeting others schedule (announced ahead with a briefing, never chased).
 */
public enum DeadlineNature {
    OBLIGATION,
    VISIT;

    /** Follows the deadline's rule: whoever sets the date ({@code setBy}). */
    public static DeadlineNature of(Deadline deadline) {
        return deadline.external() ? VISIT : OBLIGATION;
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
        };
    }
}
