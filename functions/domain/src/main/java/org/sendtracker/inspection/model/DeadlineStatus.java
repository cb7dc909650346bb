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
    CANCELLED
}
