package org.sendtracker.calendar;

import java.time.LocalDate;

/** The days that are bank holidays in one jurisdiction. */
public interface BankHolidays {

    boolean isBankHoliday(LocalDate date);
}
