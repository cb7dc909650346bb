package org.sendtracker.inspection.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DayCount;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;

/**
 * A dated obligation with the rule behind it. When an officer overrides the due date, both the
 * computed date and the override (with its reason) are kept. {@code recordedAt} is when the system
 * learned of the current due date (its creation, or its latest override): reminders for points that
 * had already passed then are never sent. {@code setBy} says whose date it is and {@code lateIn}
 * how lateness is counted, both from the rule; {@code daysLate} is how late it was met, counted
 * when it was met (null unless met after the due date). Items stored before these three existed
 * read with the built-in rule's values for their kind ({@link StoredBefore}).
 */
public record Deadline(
        String id,
        DeadlineKind kind,
        LocalDate dueOn,
        LocalDate computedDueOn,
        String overrideReason,
        LocalDate metOn,
        boolean cancelled,
        String rule,
        String source,
        ContactRole owner,
        List<ContactRole> escalateTo,
        Instant recordedAt,
        DateSetter setBy,
        DayCount lateIn,
        Integer daysLate)
        implements DeadlineNeed {

    public Deadline {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(dueOn, "dueOn == null");
        Objects.requireNonNull(computedDueOn, "computedDueOn == null");
        Objects.requireNonNull(rule, "rule == null");
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(owner, "owner == null");
        Objects.requireNonNull(recordedAt, "recordedAt == null");
        escalateTo = List.copyOf(escalateTo);
        if (setBy == null) {
            setBy = StoredBefore.setBy(kind);
        }
        if (lateIn == null) {
            lateIn = StoredBefore.lateIn(kind);
        }
        if (metOn == null || !metOn.isAfter(dueOn)) {
            daysLate = null;
        } else if (daysLate == null) {
            daysLate = StoredBefore.daysLate(dueOn, metOn, lateIn);
        }
    }

    /** A deadline counted from {@code anchor} by {@code rule}. */
    public static Deadline counted(
            String id,
            DeadlineRule rule,
            LocalDate anchor,
            WorkingDayCalendar calendar,
            Instant recordedAt) {
        LocalDate due = rule.dueFrom(anchor, calendar);
        return new Deadline(
                id,
                rule.kind(),
                due,
                due,
                null,
                null,
                false,
                rule.description(),
                rule.source(),
                rule.owner(),
                rule.escalateTo(),
                recordedAt,
                rule.setBy(),
                rule.lateIn(),
                null);
    }

    /** A deadline whose date someone else set (Ofsted's resubmission date, DfE's APP date). */
    public static Deadline setBy(
            String id, DeadlineRule rule, LocalDate dueOn, Instant recordedAt) {
        return new Deadline(
                id,
                rule.kind(),
                dueOn,
                dueOn,
                null,
                null,
                false,
                rule.description(),
                rule.source(),
                rule.owner(),
                rule.escalateTo(),
                recordedAt,
                rule.setBy(),
                rule.lateIn(),
                null);
    }

    /**
     * The status on {@code today}, derived from the dates (docs/domain-rules.md §1.4): met on or
     * before the due date is {@code MET}, after it {@code MET_LATE}; an outstanding date the
     * council sets is {@code OVERDUE} once passed, one others set is {@code NOT_RECORDED}.
     */
    public DeadlineStatus statusOn(LocalDate today) {
        if (metOn != null) {
            return metOn.isAfter(dueOn) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
        }
        if (cancelled) {
            return DeadlineStatus.CANCELLED;
        }
        return DeadlineStatus.ofOutstanding(dueOn, setBy, today);
    }

    /** Whether someone other than the council sets this date (docs/domain-rules.md §1.4). */
    public boolean external() {
        return setBy.external();
    }

    public boolean isOutstanding() {
        return metOn == null && !cancelled;
    }

    /**
     * Met after its due date: {@link DeadlineStatus#MET_LATE} on any day, as the status says once
     * it is met.
     */
    public boolean isMetLate() {
        return metOn != null && metOn.isAfter(dueOn);
    }

    public boolean isOverridden() {
        return overrideReason != null;
    }

    /**
     * Met on {@code on}; when that is after the due date, how late is counted with {@code calendar}
     * in the rule's days ({@link #lateIn()}): working days late are the working days after the due
     * date up to the first working day on or after {@code on}, so a Saturday after a Friday due
     * date is one working day late.
     */
    public Deadline met(LocalDate on, WorkingDayCalendar calendar) {
        return new Deadline(
                id,
                kind,
                dueOn,
                computedDueOn,
                overrideReason,
                on,
                false,
                rule,
                source,
                owner,
                escalateTo,
                recordedAt,
                setBy,
                lateIn,
                on.isAfter(dueOn) ? daysLate(dueOn, on, lateIn, calendar) : null);
    }

    public Deadline cancel() {
        return new Deadline(
                id,
                kind,
                dueOn,
                computedDueOn,
                overrideReason,
                null,
                true,
                rule,
                source,
                owner,
                escalateTo,
                recordedAt,
                setBy,
                lateIn,
                null);
    }

    /**
     * This deadline as it stood before {@link #cancel}: outstanding, as only an outstanding one is
     * cancelled (a past period's report reads it so, docs/progress-report.md).
     */
    public Deadline uncancelled() {
        return new Deadline(
                id,
                kind,
                dueOn,
                computedDueOn,
                overrideReason,
                metOn,
                false,
                rule,
                source,
                owner,
                escalateTo,
                recordedAt,
                setBy,
                lateIn,
                daysLate);
    }

    public Deadline overridden(LocalDate newDueOn, String reason, Instant at) {
        return new Deadline(
                id,
                kind,
                newDueOn,
                computedDueOn,
                reason,
                metOn,
                cancelled,
                rule,
                source,
                owner,
                escalateTo,
                at,
                setBy,
                lateIn,
                daysLate);
    }

    /**
     * How far past its due date {@code today} is, in the rule's days ({@link #lateIn()}): how late
     * it would be met if met today ({@link #daysLate}), so the page that says "8 working days
     * overdue" does not say "9 working days late" once the step is recorded that day. Calendar
     * days, or the working days after the due date up to the first working day on or after {@code
     * today} (a Saturday after a Friday due date is 1 working day overdue, as a step taken that
     * Saturday is 1 working day late); 0 on or before the due date. The one count of how overdue a
     * deadline is: the overdue reminders say it, and the pages, the CSV and the calendar feeds show
     * it.
     */
    public int daysOverdueOn(LocalDate today, WorkingDayCalendar calendar) {
        return daysLate(dueOn, today, lateIn, calendar);
    }

    /**
     * How late {@code metOn} is against {@code dueOn}: calendar days, or the working days after the
     * due date up to the first working day on or after {@code metOn}.
     */
    public static int daysLate(
            LocalDate dueOn, LocalDate metOn, DayCount unit, WorkingDayCalendar calendar) {
        if (!metOn.isAfter(dueOn)) {
            return 0;
        }
        if (unit == DayCount.CALENDAR_DAYS) {
            return (int) ChronoUnit.DAYS.between(dueOn, metOn);
        }
        LocalDate counted = metOn;
        while (!calendar.isWorkingDay(counted)) {
            counted = counted.plusDays(1);
        }
        return calendar.workingDaysBetween(dueOn, counted);
    }
}
