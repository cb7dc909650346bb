package org.sendtracker.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * England's time: every statutory day (a deadline, "today", a reminder's morning) is a day in
 * England, whatever zone the machine runs in. The one place the zone is named.
 */
public final class England {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private England() {}

    /** Today in England, by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    /** The day in England at {@code instant}. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
