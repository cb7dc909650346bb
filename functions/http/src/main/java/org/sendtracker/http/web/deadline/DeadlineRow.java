package org.sendtracker.http.web.deadline;

import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.http.web.layout.Tag;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DayCount;
import org.sendtracker.shared.FieldReader;

/**
 * One deadline as the pages, the CSV export and the calendar feeds show it: what, for which area
 * and inspection, when, its status today, and the rule behind it. {@code daysOverdue} is how
 * overdue it is today, in the rule's days ({@link Deadline#daysOverdueOn}, as the overdue emails
 * say it), and null unless it is overdue.
 */
public record DeadlineRow(
        String areaId,
        String areaName,
        String inspectionId,
        String deadlineId,
        String what,
        LocalDate dueOn,
        DeadlineStatus status,
        LocalDate today,
        String rule,
        String source,
        ContactRole owner,
        Stage stage,
        LocalDate computedDueOn,
        String overrideReason,
        LocalDate metOn,
        Integer daysLate,
        DayCount lateIn,
        DateSetter setBy,
        Integer daysOverdue) {

    /** Open deadlines this close are tagged "Due soon". */
    static final int SOON_DAYS = 14;

    /** Overdue this many calendar days and more is said in months or years. */
    private static final int LONG_OVERDUE_DAYS = 60;

    public static DeadlineRow of(
            String areaId,
            String areaName,
            String inspectionId,
            Stage stage,
            Deadline deadline,
            LocalDate today,
            WorkingDayCalendar calendar) {
        DeadlineStatus status = deadline.statusOn(today);
        return new DeadlineRow(
                areaId,
                areaName,
                inspectionId,
                deadline.id(),
                Board.nameOf(deadline),
                deadline.dueOn(),
                status,
                today,
                deadline.rule(),
                deadline.source(),
                deadline.owner(),
                stage,
                deadline.computedDueOn(),
                deadline.overrideReason(),
                deadline.metOn(),
                deadline.daysLate(),
                deadline.lateIn(),
                deadline.setBy(),
                status == DeadlineStatus.OVERDUE ? deadline.daysOverdueOn(today, calendar) : null);
    }

    public String dueOnText() {
        return format(dueOn);
    }

    public String inspectionHref() {
        return "/inspections/" + inspectionId;
    }

    public String areaHref() {
        return "/areas/" + areaId;
    }

    /**
     * "Inspection of 12 March 2018": an inspection is known by the day inspectors arrived, the end
     * of its id.
     */
    public String inspectionLabel() {
        return "Inspection of "
                + format(LocalDate.parse(inspectionId.substring(inspectionId.length() - 10)));
    }

    /**
     * The rule as a sentence on its own: the rule book writes it to follow "due", in lower case.
     */
    public String ruleText() {
        return FieldReader.capitalise(rule);
    }

    public String ownerLabel() {
        return owner.label();
    }

    /**
     * The status as a GOV.UK tag: met late is yellow, never green; a date others set is "Expected"
     * until it passes, then "Not recorded yet", never "Overdue", and when it happened after the
     * expected date, "Later than expected", never "Met late": it was not the council's to meet
     * (docs/domain-rules.md §1.4).
     */
    public Tag tag() {
        return switch (status) {
            case OVERDUE -> new Tag("Overdue", "red");
            case NOT_RECORDED -> new Tag("Not recorded yet", "purple");
            case MET -> new Tag("Met", "green");
            case MET_LATE ->
                    setBy.external()
                            ? new Tag("Later than expected", "light-blue")
                            : new Tag("Met late", "yellow");
            case CANCELLED -> new Tag("No longer needed", "grey");
            case OPEN ->
                    setBy.external()
                            ? new Tag("Expected", "light-blue")
                            : ChronoUnit.DAYS.between(today, dueOn) <= SOON_DAYS
                                    ? new Tag("Due soon", "orange")
                                    : new Tag("Open", "blue");
        };
    }

    /**
     * How far off or how late: "in 5 days", "due today", "5 working days overdue", "met on 9 August
     * 2018", "met on 22 January 2021, 5 working days late", "expected by 3 June 2021", and for a
     * date others set, "on 12 June 2030, 3 days after the expected date". Late and overdue are
     * counted in the rule's days, as the emails count them.
     */
    public String when() {
        return switch (status) {
            case MET -> "Met on " + format(metOn);
            case MET_LATE ->
                    setBy.external()
                            ? "On " + format(metOn) + ", " + afterExpectedText()
                            : "Met on " + format(metOn) + ", " + lateText();
            case CANCELLED -> "No longer applies";
            case OVERDUE -> overdueText();
            case NOT_RECORDED -> "Expected by " + format(dueOn) + ": nothing recorded yet";
            case OPEN -> {
                if (setBy.external()) {
                    yield "Expected by " + format(dueOn);
                }
                long days = ChronoUnit.DAYS.between(today, dueOn);
                yield days == 0 ? "Due today" : days == 1 ? "Due tomorrow" : "Due in " + span(days);
            }
        };
    }

    /** "5 working days late", "1 day late": how late it was met, in the rule's days. */
    public String lateText() {
        if (daysLate == null) {
            return "";
        }
        return lateIn.count(daysLate) + " late";
    }

    /**
     * "3 days after the expected date": how long after it a date others set happened, in the rule's
     * days (as {@link #lateText()} counts the council's lateness).
     */
    private String afterExpectedText() {
        return daysLate == null ? "" : lateIn.count(daysLate) + " after the expected date";
    }

    /**
     * "5 working days overdue", "12 days overdue": the figure the overdue email gives that day, in
     * the rule's days; "about 3 months overdue" once it is two months past (the emails stop well
     * before that).
     */
    private String overdueText() {
        long days = ChronoUnit.DAYS.between(dueOn, today);
        if (daysOverdue == null || days >= LONG_OVERDUE_DAYS) {
            return span(days) + " overdue";
        }
        return lateIn.count(daysOverdue) + " overdue";
    }

    /**
     * How late, in the rule's days ({@link #lateUnitText()}): how late it was met, or for one still
     * overdue how late it is today; null when neither (the CSV's "Days late").
     */
    public Integer lateBy() {
        return daysLate != null ? daysLate : daysOverdue;
    }

    /**
     * Where to record what happened, for a date others set that passed with nothing recorded; null
     * otherwise, and for a closed case: nothing can be recorded on it any more, so its missed date
     * stays on its page without a link that leads nowhere.
     */
    public String recordHref() {
        return status == DeadlineStatus.NOT_RECORDED && stage != Stage.CLOSED
                ? inspectionHref() + "#actions"
                : null;
    }

    /**
     * What a calendar event's summary adds to the deadline's name, so met and late steps show at a
     * glance: " (met)", " (met late, 5 working days)", " (overdue)", " (not recorded yet)", and for
     * a date others set that happened after it, " (3 days after the expected date)".
     */
    public String summaryMark() {
        return switch (status) {
            case MET -> " (met)";
            case MET_LATE ->
                    setBy.external()
                            ? " (" + afterExpectedText() + ")"
                            : " (met late, " + lateText().replace(" late", "") + ")";
            case OVERDUE -> " (overdue)";
            case NOT_RECORDED -> " (not recorded yet)";
            case OPEN, CANCELLED -> "";
        };
    }

    /** "working days" or "calendar days": what {@link #lateBy()} counts. */
    public String lateUnitText() {
        return lateIn == DayCount.WORKING_DAYS ? "working days" : "calendar days";
    }

    /** Who sets the date, for the CSV: "the council", "Ofsted and CQC", "DfE and NHS England". */
    public String setByLabel() {
        return setBy.label();
    }

    /** Whether an officer moved the date from the one the rule gives. */
    public boolean overridden() {
        return overrideReason != null;
    }

    public String computedDueOnText() {
        return format(computedDueOn);
    }

    private static String span(long days) {
        if (days < LONG_OVERDUE_DAYS) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 730) {
            return "about " + days / 30 + " months";
        }
        return "about " + days / 365 + " years";
    }
}
