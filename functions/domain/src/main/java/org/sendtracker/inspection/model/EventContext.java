package org.sendtracker.inspection.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.rules.RuleBook;

/**
 * What a transition needs from outside: the day (in England), the instant, the calendar and the
 * rules.
 */
public record EventContext(
        LocalDate today, Instant now, WorkingDayCalendar calendar, RuleBook rules) {

    public EventContext {
        Objects.requireNonNull(today, "today == null");
        Objects.requireNonNull(now, "now == null");
        Objects.requireNonNull(calendar, "calendar == null");
        Objects.requireNonNull(rules, "rules == null");
    }
}
