package org.sendtracker.http.web.deadline;

import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sendtracker.inspection.application.DeadlineService;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * What {@code /deadlines.csv} exports: every deadline due from {@code from} to {@code to} (the end
 * of the dashboard's weeks), met ones included, and every one still to do however old. By default
 * {@code from} is 12 months before today, so the file does not grow with the whole history; {@code
 * from=2016-01-01} ({@link DeadlineService#EARLIEST}) asks for the whole record
 * (docs/performance.md, "Scale").
 */
record CsvRange(LocalDate from, LocalDate to) {

    static final int DEFAULT_MONTHS_BACK = 12;

    /** The whole record: no deadline is due before it. */
    static final LocalDate WHOLE_RECORD = DeadlineService.EARLIEST;

    /** The range {@code from} asks for (absent: the default), up to the end of {@code filter}. */
    static Result<CsvRange> of(String from, LocalDate today, DueDeadlines.Filter filter) {
        LocalDate to = filter.lastDueOn(today);
        if (from == null || from.isEmpty()) {
            return Result.ok(new CsvRange(today.minusMonths(DEFAULT_MONTHS_BACK), to));
        }
        LocalDate first;
        try {
            first = from.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(from) : null;
        } catch (DateTimeParseException e) {
            first = null;
        }
        if (first == null) {
            return refused(
                    "The first due date must be a real date written year-month-day, for example "
                            + today.minusMonths(DEFAULT_MONTHS_BACK)
                            + ".");
        }
        if (first.isBefore(WHOLE_RECORD)) {
            return refused(
                    "The first due date must be on or after "
                            + format(WHOLE_RECORD)
                            + ": no deadline is earlier. Ask from "
                            + WHOLE_RECORD
                            + " for the whole record.");
        }
        if (first.isAfter(to)) {
            return refused(
                    "The first due date must be on or before "
                            + format(to)
                            + ", the end of the "
                            + filter.weeks()
                            + " weeks asked for.");
        }
        return Result.ok(new CsvRange(first, to));
    }

    /** Whether this is the whole record, from the first day a deadline can be due. */
    boolean wholeRecord() {
        return !from.isAfter(WHOLE_RECORD);
    }

    /** The file's name: the area (or all of them) and the range. */
    String fileName(String areaId) {
        return "send-deadlines-"
                + (areaId == null ? "all-areas" : areaId)
                + "-"
                + (wholeRecord() ? "whole-record" : "from-" + from)
                + "-to-"
                + to
                + ".csv";
    }

    private static Result<CsvRange> refused(String message) {
        return Result.refused(Rejection.Invalid.of("from", message));
    }
}
