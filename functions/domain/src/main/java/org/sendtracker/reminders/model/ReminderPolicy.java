package org.sendtracker.reminders.model;

import java.util.List;
import java.util.Objects;

/**
 * When the deadlines an area meets are reminded of: by default 20, 10, 5 and 1 working days before,
 * on the day, then every 5 working days while overdue, at most 6 times. Configurable per
 * deployment. Visits others schedule get their briefings on fixed days instead ({@link
 * ReminderSchedule}).
 */
public record ReminderPolicy(
        List<Integer> workingDaysBefore,
        boolean onTheDay,
        int overdueEveryWorkingDays,
        int overdueCap) {

    public static final ReminderPolicy DEFAULT =
            new ReminderPolicy(List.of(20, 10, 5, 1), true, 5, 6);

    public ReminderPolicy {
        Objects.requireNonNull(workingDaysBefore, "workingDaysBefore == null");
        workingDaysBefore = workingDaysBefore.stream().sorted((a, b) -> b - a).distinct().toList();
        if (workingDaysBefore.stream().anyMatch(days -> days < 1 || days > 260)) {
            throw new IllegalArgumentException(
                    "working days before must be 1 to 260: " + workingDaysBefore);
        }
        if (overdueEveryWorkingDays < 1) {
            throw new IllegalArgumentException(
                    "overdueEveryWorkingDays < 1: " + overdueEveryWorkingDays);
        }
        if (overdueCap < 0 || overdueCap > 52) {
            throw new IllegalArgumentException("overdueCap must be 0 to 52: " + overdueCap);
        }
    }
}
