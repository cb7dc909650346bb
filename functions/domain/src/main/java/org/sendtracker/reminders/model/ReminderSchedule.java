package org.sendtracker.reminders.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;

/**
 * The reminder points of one deadline under a policy (docs/emails.md, "When emails go";
 * docs/domain-rules.md §1.4).
 *
 * <ul>
 *   <li>A deadline the area meets is reminded on working days counted back from the due date, on
 *       the day, and on working days counted forward from it while overdue. The on-the-day reminder
 *       of a deadline falling on a weekend or bank holiday (a calendar-day rule can land there)
 *       goes on the working day before, when someone is at work to act on it; a reminder before the
 *       day that would fall on that same working day is left out, so the day holds one email.
 *   <li>A visit others set (a revisit, a DfE and NHS England monitoring visit: the rule's {@code
 *       setBy}) gets a briefing {@link #BRIEFING_WORKING_DAYS_BEFORE 10 working days and 1 working
 *       day before}; it is never chased as overdue. Once passed with nothing recorded, the owner is
 *       asked to record what happened: a prompt, then one more; never escalated.
 *   <li>A report others send (the revisit report) has nothing to prepare for: no briefing, only the
 *       same prompts once its expected date has passed with nothing recorded.
 * </ul>
 */
public final class ReminderSchedule {

    /** When a visit's briefing goes: time to prepare, and a reminder the day before. */
    public static final List<Integer> BRIEFING_WORKING_DAYS_BEFORE = List.of(10, 1);

    /**
     * How many times the owner is asked to record a date others set once it has passed with nothing
     * recorded: a prompt, then one more; never escalated.
     */
    static final int NOT_RECORDED_PROMPTS = 2;

    private ReminderSchedule() {}

    public static List<ReminderPoint> of(
            Deadline deadline, ReminderPolicy policy, WorkingDayCalendar calendar) {
        LocalDate due = deadline.dueOn();
        List<ReminderPoint> points = new ArrayList<>();
        DeadlineNature nature = DeadlineNature.of(deadline);
        if (nature.external()) {
            if (nature == DeadlineNature.VISIT) {
                for (int days : BRIEFING_WORKING_DAYS_BEFORE) {
                    points.add(ReminderPoint.before(days, calendar.plusWorkingDays(due, -days)));
                }
            }
            for (int n = 1; n <= Math.min(NOT_RECORDED_PROMPTS, policy.overdueCap()); n++) {
                int days = n * policy.overdueEveryWorkingDays();
                points.add(ReminderPoint.notRecorded(days, calendar.plusWorkingDays(due, days)));
            }
            return points;
        }
        LocalDate onTheDay = calendar.isWorkingDay(due) ? due : calendar.plusWorkingDays(due, -1);
        for (int days : policy.workingDaysBefore()) {
            LocalDate date = calendar.plusWorkingDays(due, -days);
            if (!(policy.onTheDay() && date.equals(onTheDay))) {
                points.add(ReminderPoint.before(days, date));
            }
        }
        if (policy.onTheDay()) {
            points.add(ReminderPoint.onTheDay(onTheDay));
        }
        for (int n = 1; n <= policy.overdueCap(); n++) {
            int days = n * policy.overdueEveryWorkingDays();
            points.add(ReminderPoint.overdue(days, calendar.plusWorkingDays(due, days)));
        }
        return points;
    }
}
