package org.sendtracker.inspection.model;

import java.time.LocalDate;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.shared.Labelled;

/**
 * A deadline's state on a given day, derived from its dates, never stored (docs/domain-rules.md
 * §1.4).
 */
public enum DeadlineStatus implements Labelled {
    /** Not met, and the due date is today or later. */
    OPEN("Open"),
    /** A date the council sets, passed with nothing recorded. */
    OVERDUE("Overdue"),
    /**
     * A date others set (Ofsted and CQC, DfE and NHS England), passed with nothing recorded: the
     * council is asked to record what happened, it is not the council's failure.
     */
    NOT_RECORDED("Not recorded yet"),
    /** Met on or before the due date. */
    MET("Met"),
    /**
     * Met after the due date; how late is the deadline's {@code daysLate}, in its {@code lateIn}.
     */
    MET_LATE("Met late"),
    /**
     * No longer applies: the lifecycle moved past it before it fell due (e.g. quarterly reviews end
     * when the revisit is notified).
     */
    CANCELLED("No longer needed");

    private final String label;

    DeadlineStatus(String label) {
        this.label = label;
    }

    /**
     * The words of the dashboard's tag for the status (an open date others set reads "Expected").
     */
    @Override
    public String label() {
        return label;
    }

    /**
     * The status on {@code today} of a deadline still to do, due {@code dueOn}, whose date {@code
     * setBy} sets: {@code OPEN} to the due date, then {@code OVERDUE}, or {@code NOT_RECORDED} for
     * a date others set (docs/domain-rules.md §1.4).
     */
    public static DeadlineStatus ofOutstanding(LocalDate dueOn, DateSetter setBy, LocalDate today) {
        if (!today.isAfter(dueOn)) {
            return OPEN;
        }
        return setBy.external() ? NOT_RECORDED : OVERDUE;
    }

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
