package org.sendtracker.improvement.model;

import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * When a board expects a report: every {@code every} weeks or months counted from {@code from} (the
 * first report is due on {@code from} itself), until {@code until} when set, or on the listed
 * {@code meetings}. A repeating cadence without an end produces reports up to {@link
 * #HORIZON_MONTHS} months after its first: a board's terms of reference are reviewed within that
 * time, and the cadence is then recorded again (docs/boards.md).
 *
 * <p>A monthly cadence counts each report from the first, not from the one before: every two months
 * from 31 January gives 31 March, 31 May, and 30 September (not a drift to the 30th after a short
 * month).
 */
public record Cadence(
        CadenceKind kind, int every, LocalDate from, LocalDate until, List<LocalDate> meetings) {

    /** How far a repeating cadence without an end date reaches. */
    public static final int HORIZON_MONTHS = 24;

    /** The most report dates one cadence may produce (a weekly board over two years: 105). */
    public static final int MAX_REPORTS = 120;

    public Cadence {
        Objects.requireNonNull(kind, "kind == null");
        meetings = meetings == null ? List.of() : List.copyOf(new TreeSet<>(meetings));
        if (kind == CadenceKind.MEETING_DATES) {
            if (meetings.isEmpty()) {
                throw new IllegalArgumentException("a cadence of meeting dates lists at least one");
            }
            if (every != 0 || from != null || until != null) {
                throw new IllegalArgumentException(
                        "a cadence of meeting dates has no interval, start or end");
            }
        } else {
            Objects.requireNonNull(from, "from == null");
            if (every < 1) {
                throw new IllegalArgumentException("every < 1: " + every);
            }
            if (until != null && until.isBefore(from)) {
                throw new IllegalArgumentException("until " + until + " is before from " + from);
            }
            if (!meetings.isEmpty()) {
                throw new IllegalArgumentException("a repeating cadence lists no meeting dates");
            }
        }
    }

    public static Cadence everyWeeks(int weeks, LocalDate from, LocalDate until) {
        return new Cadence(CadenceKind.EVERY_WEEKS, weeks, from, until, List.of());
    }

    public static Cadence everyMonths(int months, LocalDate from, LocalDate until) {
        return new Cadence(CadenceKind.EVERY_MONTHS, months, from, until, List.of());
    }

    public static Cadence meetingDates(List<LocalDate> dates) {
        return new Cadence(CadenceKind.MEETING_DATES, 0, null, null, dates);
    }

    /** Every date a report is due, oldest first. */
    public List<LocalDate> dues() {
        if (kind == CadenceKind.MEETING_DATES) {
            return meetings;
        }
        LocalDate last = until != null ? until : from.plusMonths(HORIZON_MONTHS);
        List<LocalDate> dues = new ArrayList<>();
        for (int n = 0; dues.size() < MAX_REPORTS; n++) {
            LocalDate due = dueAt(n);
            if (due.isAfter(last)) {
                break;
            }
            dues.add(due);
        }
        return List.copyOf(dues);
    }

    /**
     * How a person says it: "every 2 months from 15 January 2025 until 15 July 2025", or without an
     * end "every 2 months from 15 January 2025 (no end date: 24 months, to 15 January 2027)".
     */
    public String describe() {
        return switch (kind) {
            case EVERY_WEEKS -> every(every, "week") + fromAndUntil();
            case EVERY_MONTHS -> every(every, "month") + fromAndUntil();
            case MEETING_DATES ->
                    "at its meetings on "
                            + String.join(", ", meetings.stream().map(d -> format(d)).toList());
        };
    }

    private static String every(int n, String unit) {
        return n == 1 ? "every " + unit : "every " + n + " " + unit + "s";
    }

    /**
     * From and until as recorded (without an end, where {@link #HORIZON_MONTHS} stops the reports);
     * when {@link #MAX_REPORTS} stops the reports short of the end date, also where they stop, so a
     * board "until 2099" does not read as one with reports to 2099.
     */
    private String fromAndUntil() {
        if (until == null) {
            List<LocalDate> dues = dues();
            return " from "
                    + format(from)
                    + " (no end date: "
                    + HORIZON_MONTHS
                    + " months, to "
                    + format(dues.get(dues.size() - 1))
                    + ")";
        }
        boolean cut = !dueAt(MAX_REPORTS).isAfter(until);
        return " from "
                + format(from)
                + " until "
                + format(until)
                + (cut
                        ? " (the first "
                                + MAX_REPORTS
                                + " reports, to "
                                + format(dueAt(MAX_REPORTS - 1))
                                + ")"
                        : "");
    }

    /** The {@code n}th report date of a repeating cadence, counted from the first (0). */
    private LocalDate dueAt(int n) {
        return kind == CadenceKind.EVERY_WEEKS
                ? from.plusWeeks((long) n * every)
                : from.plusMonths((long) n * every);
    }
}
