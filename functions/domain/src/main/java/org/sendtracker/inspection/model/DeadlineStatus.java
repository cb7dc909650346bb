package org.sendtracker.inspection.model;

/**
 * A deadline's state on a given day, derived from its dates, never stored (docs/domain-rules.md
 * §1.4).
 */
public enum DeadlineStatus {
    /** Not met, and the due date is today or later. */
    OPEN,
    /** A date the council sets, passed with nothing recorded. */
    OVERDUE,
    /**
     * A date others set (Ofsted and CQC, DfE and NHS England), passed with nothing recorded: the
     * council is asked to record what happened, it is not the council's failure.
     */
    NOT_RECORDED,
    /** Met on or before the due date. */
    MET,
    /**
     * Met after the due date; how late is the deadline's {@code daysLate}, in its {@code lateIn}.
     */
    MET_LATE,
    /**
     * No longer applies: the lifecycle moved past it before it fell due (e.g. quarterly reviews end
     * when the revisit is notified).
     */
    CANCELLED;

    /** Met, on time or late. */
    public boolean met() {
        return this == MET || this == MET_LATE;
    }

    /**
     * Whether only a deadline still to do ({@link Deadline#isOutstanding()}: not met, not
     * cancelled) has this status: what the outstanding-deadlines index holds. Every status but the
     * met (on time or late) and no-longer-needed ones.
     */
    public boolean isOutstanding() {
        return !met() && this != CANCELLED;
    }
}
