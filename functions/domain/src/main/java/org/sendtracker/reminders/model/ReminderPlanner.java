package org.sendtracker.reminders.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.calendar.England;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.KeyDates;
import org.sendtracker.inspection.model.Stage;

/**
 * What an inspection is owed now, and when next to look. Notices go out at 08:00 in England on
 * their date. Three rules keep reminders honest:
 *
 * <ul>
 *   <li>a point whose day had already passed when the deadline (or its current due date) was
 *       recorded is never sent, so entering a 2019 inspection today sends nothing old (a point on
 *       the day of recording still goes out: that day has not passed);
 *   <li>of several passed points of one deadline only the latest is due, so a workflow that was
 *       down for a while catches up with one email, not a burst;
 *   <li>only outstanding deadlines are reminded of: never after one is met.
 * </ul>
 */
public final class ReminderPlanner {

    public static final LocalTime SEND_AT = LocalTime.of(8, 0);

    private final ReminderPolicy policy;
    private final WorkingDayCalendar calendar;

    public ReminderPlanner(ReminderPolicy policy, WorkingDayCalendar calendar) {
        this.policy = Objects.requireNonNull(policy, "policy == null");
        this.calendar = Objects.requireNonNull(calendar, "calendar == null");
    }

    /**
     * The notices due at {@code now} (at most one per deadline) and the next instant one falls due.
     */
    public record Plan(List<Notice> due, Optional<Instant> nextAt) {
        public Plan {
            due = List.copyOf(due);
        }
    }

    public Plan plan(Inspection inspection, Instant now) {
        List<Notice> due = new ArrayList<>();
        Optional<Instant> next = Optional.empty();
        if (inspection.stage() == Stage.CLOSED) {
            return new Plan(due, next);
        }
        for (Deadline deadline : inspection.outstandingDeadlines()) {
            LocalDate recordedOn = England.dayOf(deadline.recordedAt());
            ReminderPoint latestPassed = null;
            for (ReminderPoint point : ReminderSchedule.of(deadline, policy, calendar)) {
                if (point.date().isBefore(recordedOn)) {
                    continue;
                }
                Instant at = sendTime(point.date());
                if (!at.isAfter(now)) {
                    latestPassed = point;
                } else {
                    next = earliest(next, at);
                }
            }
            if (latestPassed != null) {
                due.add(new Notice.DeadlineReminder(deadline, latestPassed));
            }
        }
        preparation(inspection, now).ifPresent(due::add);
        due.sort(Comparator.comparing(Notice::date).thenComparing(Notice::key));
        return new Plan(due, next);
    }

    /** A notified visit still to come gets its preparation notice as soon as it is known. */
    private Optional<Notice> preparation(Inspection inspection, Instant now) {
        LocalDate today = England.dayOf(now);
        if (inspection.stage() == Stage.REVISIT) {
            LocalDate startsOn = inspection.keyDates().get(KeyDates.REVISIT_STARTS);
            if (startsOn != null && !startsOn.isBefore(today)) {
                return Optional.of(
                        new Notice.VisitPreparation(
                                "Revisit",
                                inspection.keyDates().get(KeyDates.REVISIT_NOTIFIED),
                                startsOn,
                                inspection.keyDates().get(KeyDates.REVISIT_REPORT_EXPECTED)));
            }
        }
        if (inspection.stage() == Stage.MONITORING_INSPECTION) {
            LocalDate startsOn = inspection.keyDates().get(KeyDates.MONITORING_INSPECTION_STARTS);
            if (startsOn != null && !startsOn.isBefore(today)) {
                return Optional.of(
                        new Notice.VisitPreparation(
                                "Monitoring inspection",
                                inspection.keyDates().get(KeyDates.MONITORING_INSPECTION_NOTIFIED),
                                startsOn,
                                null));
            }
        }
        return Optional.empty();
    }

    public static Instant sendTime(LocalDate date) {
        return date.atTime(SEND_AT).atZone(England.ZONE).toInstant();
    }

    private static Optional<Instant> earliest(Optional<Instant> current, Instant candidate) {
        return current.isPresent() && current.get().isBefore(candidate)
                ? current
                : Optional.of(candidate);
    }
}
