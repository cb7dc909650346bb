package org.sendtracker.reminders.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;

/**
 * The reminder points of one deadline under a policy. Points before a deadline fall on working days
 * counted back from the due date; overdue ones are counted forward from it. Visits the area does
 * not control (a revisit, a review meeting) are announced before and on the day but never chased as
 * overdue.
 */
public final class ReminderSchedule {

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
        if (DeadlineNature.of(deadline.kind()) == DeadlineNature.OBLIGATION) {
            for (int n = 1; n <= policy.overdueCap(); n++) {
                int days = n * policy.overdueEveryWorkingDays();
                points.add(ReminderPoint.overdue(days, calendar.plusWorkingDays(due, days)));
            }
        }
        return points;
    }
}
