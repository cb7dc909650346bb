package org.sendtracker.inspection.model;

/** A deadline's state on a given day. */
public enum DeadlineStatus {
    OPEN,
    OVERDUE,
    MET,
    /**
     * No longer applies: the lifecycle moved past it (e.g. quarterly reviews end when the revisit
     * is notified).
     */
    CANCELLED;

    /**
     * Whether only a deadline still to do ({@link Deadline#isOutstanding()}: not met, not
     * cancelled) has this status: what the outstanding-deadlines index holds. Every status but the
     * met and no-longer-needed ones.
     */
    public boolean isOutstanding() {
        return this != MET && this != CANCELLED;
    }
}
