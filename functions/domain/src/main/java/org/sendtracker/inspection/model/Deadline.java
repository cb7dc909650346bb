package org.sendtracker.inspection.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;

/**
 * A dated obligation with the rule behind it. When an officer overrides the due date, both the
 * computed date and the override (with its reason) are kept. {@code recordedAt} is when the system
 * learned of the current due date (its creation, or its latest override): reminders for points that
 * had already passed then are never sent.
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
        Instant recordedAt) {

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
                recordedAt);
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
                recordedAt);
    }

    public DeadlineStatus statusOn(LocalDate today) {
        if (metOn != null) {
            return DeadlineStatus.MET;
        }
        if (cancelled) {
            return DeadlineStatus.CANCELLED;
        }
        return today.isAfter(dueOn) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN;
    }

    public boolean isOutstanding() {
        return metOn == null && !cancelled;
    }

    public boolean isOverridden() {
        return overrideReason != null;
    }

    public Deadline met(LocalDate on) {
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
                recordedAt);
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
                recordedAt);
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
                at);
    }
}
