package org.sendtracker.http.web.inspection;

import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.http.web.layout.Tag;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Lifecycle;
import org.sendtracker.inspection.model.Stage;

/**
 * An inspection in a list: when, which framework, its stage, what to record next and its next
 * deadline.
 */
public record InspectionRow(
        String id,
        String areaId,
        String areaName,
        String dates,
        String framework,
        Tag stage,
        List<String> nextSteps,
        DeadlineRow nextDeadline) {

    public static InspectionRow of(
            Inspection inspection, String areaName, LocalDate today, WorkingDayCalendar calendar) {
        List<String> next =
                Lifecycle.of(inspection.framework()).allowed(inspection).stream()
                        .filter(type -> type != EventType.DEADLINE_OVERRIDDEN)
                        .map(EventType::label)
                        .toList();
        DeadlineRow nextDeadline =
                inspection.outstandingDeadlines().stream()
                        .min(Comparator.comparing(Deadline::dueOn))
                        .map(
                                d ->
                                        DeadlineRow.of(
                                                inspection.areaId().value(),
                                                areaName,
                                                inspection.id().value(),
                                                inspection.stage(),
                                                d,
                                                today,
                                                calendar))
                        .orElse(null);
        return new InspectionRow(
                inspection.id().value(),
                inspection.areaId().value(),
                areaName,
                onSite(inspection),
                inspection.framework().label(),
                stageTag(inspection.stage()),
                next,
                nextDeadline);
    }

    public String href() {
        return "/inspections/" + id;
    }

    public String areaHref() {
        return "/areas/" + areaId;
    }

    /** "12 to 16 March 2018". */
    static String onSite(Inspection inspection) {
        return inspection.startsOn().getMonth() == inspection.endsOn().getMonth()
                        && inspection.startsOn().getYear() == inspection.endsOn().getYear()
                ? inspection.startsOn().getDayOfMonth() + " to " + format(inspection.endsOn())
                : format(inspection.startsOn()) + " to " + format(inspection.endsOn());
    }

    static Tag stageTag(Stage stage) {
        return new Tag(stage.label(), stage == Stage.CLOSED ? "grey" : "blue");
    }
}
