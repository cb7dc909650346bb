package org.sendtracker.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.WorkingDayCalendar;

/**
 * One statutory or handbook rule, kept as data with its source: "70 working days after the report
 * is received (SI 2015/1792)". The role that owns the deadline gets its reminders; overdue ones
 * also go to {@code escalateTo}. A {@code variant} tells apart rules for one deadline that depend
 * on an outcome (the next full inspection after outcome 1 or after outcomes 2 and 3). {@code setBy}
 * says whose date it is: the council's to meet, or an expectation of Ofsted and CQC or of DfE and
 * NHS England ({@link DateSetter}).
 *
 * <p>{@code description} and {@code source} are shown to officers (pages, emails, calendar, CSV):
 * the rule in words and where it comes from (a statute, a handbook, a published announcement).
 * {@code note} is for whoever maintains the rules file (what was assumed, what evidence backs a
 * figure); it is read with the rule and shown nowhere.
 */
public record DeadlineRule(
        Framework framework,
        DeadlineKind kind,
        String variant,
        int amount,
        OffsetUnit unit,
        String description,
        String source,
        String note,
        ContactRole owner,
        List<ContactRole> escalateTo,
        DateSetter setBy) {

    public DeadlineRule {
        Objects.requireNonNull(framework, "framework == null");
        Objects.requireNonNull(kind, "kind == null");
        variant = variant == null ? "" : variant;
        Objects.requireNonNull(unit, "unit == null");
        Objects.requireNonNull(description, "description == null");
        Objects.requireNonNull(source, "source == null");
        note = note == null ? "" : note;
        Objects.requireNonNull(owner, "owner == null");
        escalateTo = List.copyOf(escalateTo);
        Objects.requireNonNull(setBy, "setBy == null");
        if (amount < 0) {
            throw new IllegalArgumentException("amount < 0: " + amount + " for " + kind);
        }
        if (unit != OffsetUnit.SET_BY_EVENT && amount == 0) {
            throw new IllegalArgumentException("amount == 0 for " + framework + " " + kind);
        }
    }

    /** How lateness against this rule is counted: working days for a working-day rule. */
    public DayCount lateIn() {
        return DayCount.of(unit);
    }

    /** The due date counted from {@code anchor}; the anchor is day 0. */
    public LocalDate dueFrom(LocalDate anchor, WorkingDayCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.plusWorkingDays(anchor, amount);
            case CALENDAR_DAYS -> anchor.plusDays(amount);
            case WEEKS -> anchor.plusWeeks(amount);
            case MONTHS -> anchor.plusMonths(amount);
            case YEARS -> anchor.plusYears(amount);
            case SET_BY_EVENT ->
                    throw new IllegalStateException(
                            kind + " is set by an event, not counted from a date");
        };
    }
}
