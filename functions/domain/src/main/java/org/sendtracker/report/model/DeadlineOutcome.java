package org.sendtracker.report.model;

import java.time.LocalDate;
import org.sendtracker.inspection.model.Deadline;

/**
 * Where a statutory deadline stood on the day a report is taken at: met by its date, met late, open
 * (not yet due), open and past its date; for a date others set (a visit, a review), expected, later
 * than expected, or passed with nothing recorded: never the council's lateness nor its overdue
 * (docs/domain-rules.md §1.4), as every other view says it.
 */
public enum DeadlineOutcome {
    MET("Met"),
    MET_LATE("Met late"),
    OPEN("Open"),
    OVERDUE("Open, overdue"),
    NOT_RECORDED("Not recorded yet"),
    /** A date others set, not yet come: "Expected", as the pages say; counted with the open. */
    EXPECTED("Expected"),
    /**
     * A date others set that happened after it: not the council's lateness, so "Later than
     * expected", as the pages say, never "Met late"; counted with the met.
     */
    LATER_THAN_EXPECTED("Later than expected");

    private final String label;

    DeadlineOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcome a summary counts it under: a date others set with the council's own. */
    public DeadlineOutcome counted() {
        return switch (this) {
            case EXPECTED -> OPEN;
            case LATER_THAN_EXPECTED -> MET;
            default -> this;
        };
    }

    /** Whether it was met, on time or later, by the report's day. */
    public boolean met() {
        return counted() == MET || this == MET_LATE;
    }

    /** The outcome on {@code asOf}: a deadline met after that day was still open then. */
    public static DeadlineOutcome of(Deadline deadline, LocalDate asOf) {
        LocalDate met = deadline.metOn();
        if (met != null && !met.isAfter(asOf)) {
            if (!met.isAfter(deadline.dueOn())) {
                return MET;
            }
            return deadline.external() ? LATER_THAN_EXPECTED : MET_LATE;
        }
        if (!asOf.isAfter(deadline.dueOn())) {
            return deadline.external() ? EXPECTED : OPEN;
        }
        return deadline.external() ? NOT_RECORDED : OVERDUE;
    }
}
