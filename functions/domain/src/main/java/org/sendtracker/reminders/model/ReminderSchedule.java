package org.sendtracker.reminders.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;

/**
 * The reminder points of one deadline under a policy. Points before a deadline fall on working days
 * counted back from the due date; overdue ones are counted forward from it. Dates others set (a
 * revisit, a review meeting: the rule's {@code setBy}) are announced before and on the day, never
 * chased as overdue; once passed with nothing recorded, the owner is asked to record what happened
 * (docs/domain-rules.md §1.4).
 */
public final class ReminderSchedule {

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
        for (int days : policy.workingDaysBefore()) {
            points.add(ReminderPoint.before(days, calendar.plusWorkingDays(due, -days)));
        }
        if (policy.onTheDay()) {
            points.add(ReminderPoint.onTheDay(due));
        }
        if (DeadlineNature.of(deadline) == DeadlineNature.OBLIGATION) {
            for (int n = 1; n <= policy.overdueCap(); n++) {
                int days = n * policy.overdueEveryWorkingDays();
                points.add(ReminderPoint.overdue(days, calendar.plusWorkingDays(due, days)));
            }
        } else {
            for (int n = 1; n <= Math.min(NOT_RECORDED_PROMPTS, policy.overdueCap()); n++) {
                int days = n * policy.overdueEveryWorkingDays();
                points.add(ReminderPoint.notRecorded(days, calendar.plusWorkingDays(due, days)));
            }
        }
        return points;
    }
}
