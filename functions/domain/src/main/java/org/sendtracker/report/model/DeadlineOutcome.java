package org.sendtracker.report.model;

import java.time.LocalDate;
import org.sendtracker.inspection.model.Deadline;

/**
 * Where a statutory deadline stood on the day a report is taken at: met by its date, met late, open
 * (not yet due), open and past its date, or, for a date others set (a visit, a review), passed with
 * nothing recorded: never the council's overdue (docs/domain-rules.md §1.4), as every other view
 * says it.
 */
public enum DeadlineOutcome {
    MET("Met"),
    MET_LATE("Met late"),
    OPEN("Open"),
    OVERDUE("Open, overdue"),
    NOT_RECORDED("Not recorded yet");

    private final String label;

    DeadlineOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcome on {@code asOf}: a deadline met after that day was still open then. */
    public static DeadlineOutcome of(Deadline deadline, LocalDate asOf) {
        LocalDate met = deadline.metOn();
        if (met != null && !met.isAfter(asOf)) {
            return met.isAfter(deadline.dueOn()) ? MET_LATE : MET;
        }
        if (!asOf.isAfter(deadline.dueOn())) {
            return OPEN;
        }
        return deadline.external() ? NOT_RECORDED : OVERDUE;
    }
}
