package org.sendtracker.rules;

/**
 * How a deadline's lateness is counted: in working days for a rule counted in working days, in
 * calendar days for every other rule (calendar days, weeks, months, years, or a date set by
 * others).
 */
public enum DayCount {
    WORKING_DAYS,
    CALENDAR_DAYS;

    /** The count that goes with a rule's unit. */
    public static DayCount of(OffsetUnit unit) {
        return unit == OffsetUnit.WORKING_DAYS ? WORKING_DAYS : CALENDAR_DAYS;
    }

    /** A count of these days in words: "1 working day", "5 working days", "1 day", "12 days". */
    public String count(int days) {
        return days + (this == WORKING_DAYS ? " working day" : " day") + (days == 1 ? "" : "s");
    }
}
