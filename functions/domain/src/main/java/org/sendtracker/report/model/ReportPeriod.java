package org.sendtracker.report.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a progress report covers, both included. Without dates a report covers the three months
 * to today: DfE and NHS England review a WSoA's progress quarterly (docs/domain-rules.md).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The longest period one report may cover. */
    public static final int MAX_YEARS = 5;

    public ReportPeriod {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** The three months that end on {@code to}. */
    public static ReportPeriod quarterEndingOn(LocalDate to) {
        return new ReportPeriod(to.minusMonths(3).plusDays(1), to);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The day the report's facts are taken at: the period's end, or today if that is later. */
    public LocalDate asOf(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }
}
