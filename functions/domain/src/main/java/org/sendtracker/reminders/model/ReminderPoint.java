package org.sendtracker.reminders.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One moment a deadline is reminded of: {@code before-5} (5 working days before), {@code due} (on
 * the day), {@code overdue-10} (10 working days after) or {@code not-recorded-5} (a date others
 * set, 5 working days after it passed with nothing recorded). Its id is part of the at-most-once
 * key.
 */
public record ReminderPoint(String id, LocalDate date, Timing timing, int workingDays) {

    public enum Timing {
        BEFORE,
        ON_THE_DAY,
        OVERDUE,
        /**
         * A date others set has passed with nothing recorded: the council is asked to record what
         * happened, not chased or escalated (docs/domain-rules.md §1.4).
         */
        NOT_RECORDED
    }

    public ReminderPoint {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(date, "date == null");
        Objects.requireNonNull(timing, "timing == null");
    }

    public static ReminderPoint before(int workingDays, LocalDate date) {
        return new ReminderPoint("before-" + workingDays, date, Timing.BEFORE, workingDays);
    }

    public static ReminderPoint onTheDay(LocalDate date) {
        return new ReminderPoint("due", date, Timing.ON_THE_DAY, 0);
    }

    public static ReminderPoint notRecorded(int workingDays, LocalDate date) {
        return new ReminderPoint(
                "not-recorded-" + workingDays, date, Timing.NOT_RECORDED, workingDays);
    }

    public static ReminderPoint overdue(int workingDays, LocalDate date) {
        return new ReminderPoint("overdue-" + workingDays, date, Timing.OVERDUE, workingDays);
    }
}
