package org.sendtracker.inspection.model;

import java.time.LocalDate;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DayCount;
import org.sendtracker.rules.DeadlineKind;

/**
 * What a deadline stored before it carried {@code setBy}, {@code lateIn} and {@code daysLate}
 * (issue 10) reads as: the built-in rule book's values for its kind, and lateness counted with
 * England and Wales bank holidays. Deadlines created since carry their own rule's values.
 */
final class StoredBefore {

    private StoredBefore() {}

    static DateSetter setBy(DeadlineKind kind) {
        return switch (kind) {
            case WSOA_SUBMISSION,
                    WSOA_RESUBMISSION,
                    APP_SUBMISSION,
                    STRATEGIC_PLAN_UPDATE,
                    PRIORITY_ACTION_PLAN_SUBMISSION,
                    PRIORITY_ACTION_PLAN_PUBLICATION,
                    BOARD_REPORT ->
                    DateSetter.COUNCIL;
            case MONITORING_REVIEW, PROGRESS_REVIEW -> DateSetter.DFE_NHSE;
            case REVISIT,
                    REVISIT_REPORT,
                    MONITORING_INSPECTION,
                    ENGAGEMENT_MEETING,
                    NEXT_FULL_INSPECTION ->
                    DateSetter.INSPECTORATES;
        };
    }

    static DayCount lateIn(DeadlineKind kind) {
        return switch (kind) {
            case WSOA_SUBMISSION,
                    PRIORITY_ACTION_PLAN_SUBMISSION,
                    PRIORITY_ACTION_PLAN_PUBLICATION ->
                    DayCount.WORKING_DAYS;
            default -> DayCount.CALENDAR_DAYS;
        };
    }

    static int daysLate(LocalDate dueOn, LocalDate metOn, DayCount unit) {
        return Deadline.daysLate(dueOn, metOn, unit, calendar());
    }

    /** England and Wales bank holidays, without a deployment's extra days. */
    static WorkingDayCalendar calendar() {
        return Holder.CALENDAR;
    }

    /** Built on first use only: most reads never need it. */
    private static final class Holder {
        static final WorkingDayCalendar CALENDAR =
                new WorkingDayCalendar(new EnglandAndWalesBankHolidays());
    }
}
