package org.sendtracker.http.web.deadline;

import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.http.web.layout.Tag;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.shared.FieldReader;

/**
 * One deadline as the pages, the CSV export and the calendar feeds show it: what, for which area
 * and inspection, when, its status today, and the rule behind it.
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
        LocalDate metOn) {

    /** Open deadlines this close are tagged "Due soon". */
    static final int SOON_DAYS = 14;

    public static DeadlineRow of(
            String areaId,
            String areaName,
            String inspectionId,
            Stage stage,
            Deadline deadline,
            LocalDate today) {
        return new DeadlineRow(
                areaId,
                areaName,
                inspectionId,
                deadline.id(),
                deadline.kind().label(),
                deadline.dueOn(),
                deadline.statusOn(today),
                today,
                deadline.rule(),
                deadline.source(),
                deadline.owner(),
                stage,
                deadline.computedDueOn(),
                deadline.overrideReason(),
                deadline.metOn());
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

    public Tag tag() {
        return switch (status) {
            case OVERDUE -> new Tag("Overdue", "red");
            case MET -> new Tag("Met", "green");
            case CANCELLED -> new Tag("No longer needed", "grey");
            case OPEN ->
                    ChronoUnit.DAYS.between(today, dueOn) <= SOON_DAYS
                            ? new Tag("Due soon", "orange")
                            : new Tag("Open", "blue");
        };
    }

    /**
     * How far off or how late: "in 5 days", "due today", "42 days overdue", "met on 9 August 2018".
     */
    public String when() {
        return switch (status) {
            case MET -> "Met on " + format(metOn);
            case CANCELLED -> "No longer applies";
            case OVERDUE -> span(ChronoUnit.DAYS.between(dueOn, today)) + " overdue";
            case OPEN -> {
                long days = ChronoUnit.DAYS.between(today, dueOn);
                yield days == 0 ? "Due today" : days == 1 ? "Due tomorrow" : "Due in " + span(days);
            }
        };
    }

    /** Whether an officer moved the date from the one the rule gives. */
    public boolean overridden() {
        return overrideReason != null;
    }

    public String computedDueOnText() {
        return format(computedDueOn);
    }

    private static String span(long days) {
        if (days < 60) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 730) {
            return "about " + days / 30 + " months";
        }
        return "about " + days / 365 + " years";
    }
}
