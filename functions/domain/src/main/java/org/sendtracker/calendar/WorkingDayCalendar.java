package org.sendtracker.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days as the statutory instruments count them: not a Saturday, a Sunday or a bank holiday
 * (SI 2005/1973 reg 1(3), applied by SI 2015/1792).
 */
public final class WorkingDayCalendar {

    private final BankHolidays bankHolidays;

    public WorkingDayCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays == null");
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !bankHolidays.isBankHoliday(date);
    }

    /**
     * The date {@code workingDays} working days after {@code start}, where {@code start} is day 0
     * whether or not it is itself a working day. A negative count goes backwards.
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start == null");
        int step = workingDays >= 0 ? 1 : -1;
        LocalDate date = start;
        for (int counted = 0; counted != workingDays; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                counted += step;
            }
        }
        return date;
    }

    /**
     * Working days in the interval ({@code from}, {@code to}]; negative when {@code to} is before
     * {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
