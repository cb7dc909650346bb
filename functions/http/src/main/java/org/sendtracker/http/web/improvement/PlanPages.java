package org.sendtracker.http.web.improvement;

import static org.sendtracker.shared.Dates.format;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.Contact;
import org.sendtracker.http.web.improvement.PlanPage.ActionRow;
import org.sendtracker.http.web.improvement.PlanPage.BoardRow;
import org.sendtracker.http.web.improvement.PlanPage.MeasureRow;
import org.sendtracker.http.web.improvement.PlanPage.ReportRow;
import org.sendtracker.http.web.improvement.PlanPage.ValueRow;
import org.sendtracker.http.web.improvement.PlanPage.WeaknessPlan;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.http.web.layout.Tag;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ActionStatus;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Weakness;

/** Builds the improvement plan's page ({@link PlanPage}) from the inspection and its plan. */
@Singleton
final class PlanPages {

    private final AreaService areas;
    private final Pages pages;

    PlanPages(AreaService areas, Pages pages) {
        this.areas = areas;
        this.pages = pages;
    }

    String areaName(Inspection inspection) {
        return areas.find(inspection.areaId().value())
                .map(Area::name)
                .orElse(inspection.areaId().value());
    }

    List<Contact> contacts(Inspection inspection) {
        return areas.find(inspection.areaId().value()).map(Area::contacts).orElse(List.of());
    }

    /**
     * "Inspection of 12 to 16 March 2018", as the inspection's page names it (written here rather
     * than borrowed from its package, which reads this one's timeline titles: no cycle).
     */
    static String inspectionTitle(Inspection inspection) {
        LocalDate starts = inspection.startsOn();
        LocalDate ends = inspection.endsOn();
        return "Inspection of "
                + (starts.getMonth() == ends.getMonth() && starts.getYear() == ends.getYear()
                        ? starts.getDayOfMonth() + " to " + format(ends)
                        : format(starts) + " to " + format(ends));
    }

    PlanPage page(
            HttpRequest<?> request,
            Inspection inspection,
            ImprovementPlan plan,
            LocalDate today,
            String banner,
            boolean canEdit) {
        String areaName = areaName(inspection);
        Map<String, String> contactNames =
                contacts(inspection).stream()
                        .collect(
                                Collectors.toMap(
                                        c -> c.email().toLowerCase(),
                                        PlanPages::memberLabel,
                                        (a, b) -> a));
        Function<String, String> boardName = id -> plan.board(id).map(Board::name).orElse(id);
        List<BoardRow> boards = new ArrayList<>();
        for (Board board : plan.boards()) {
            List<Deadline> reports = reports(inspection, board);
            String nextDue =
                    reports.stream()
                            .filter(Deadline::isOutstanding)
                            .map(Deadline::dueOn)
                            .min(Comparator.naturalOrder())
                            .map(due -> format(due))
                            .orElse(
                                    board.cadence() == null
                                            ? "No reports due"
                                            : "None outstanding");
            boards.add(
                    new BoardRow(
                            board.id(),
                            board.name(),
                            board.kind().label(),
                            board.members().isEmpty()
                                    ? "None recorded"
                                    : board.members().stream()
                                            .map(m -> contactNames.getOrDefault(m.toLowerCase(), m))
                                            .collect(Collectors.joining("; ")),
                            board.reportsTo() == null ? null : boardName.apply(board.reportsTo()),
                            board.cadence() == null
                                    ? "No reports due"
                                    : "Reports due " + board.cadence().describe(),
                            nextDue,
                            reports.stream().map(d -> report(d, today)).toList(),
                            reports.stream().anyMatch(Deadline::isOutstanding)));
        }
        List<WeaknessPlan> weaknesses = new ArrayList<>();
        for (Weakness weakness : inspection.weaknesses()) {
            weaknesses.add(
                    new WeaknessPlan(
                            weakness.number(),
                            weakness.title(),
                            plan.actionsFor(weakness.number()).stream()
                                    .map(a -> action(a, today))
                                    .toList(),
                            plan.measuresFor(weakness.number()).stream()
                                    .map(PlanPages::measure)
                                    .toList()));
        }
        return new PlanPage(
                pages.layout(request, "Improvement plan: " + areaName, false),
                inspection.id().value(),
                areaName,
                inspectionTitle(inspection),
                banner,
                canEdit,
                boards,
                weaknesses);
    }

    /** A board's reports on record, cancelled ones left out, in date order. */
    static List<Deadline> reports(Inspection inspection, Board board) {
        return inspection.deadlines().stream()
                .filter(d -> Board.boardOf(d.id()).filter(board.id()::equals).isPresent())
                .filter(d -> !d.cancelled())
                .sorted(Comparator.comparing(Deadline::dueOn))
                .toList();
    }

    /** A report's status in words: presented (late when after its due date), overdue or due. */
    static Tag reportStatus(Deadline report, LocalDate today) {
        if (report.metOn() != null) {
            return report.metOn().isAfter(report.dueOn())
                    ? new Tag("Presented late", "orange")
                    : new Tag("Presented", "green");
        }
        DeadlineStatus status = report.statusOn(today);
        if (status == DeadlineStatus.OVERDUE) {
            return new Tag("Overdue", "red");
        }
        return new Tag("Due", "blue");
    }

    private static ReportRow report(Deadline report, LocalDate today) {
        return new ReportRow(
                format(report.dueOn()), reportStatus(report, today), format(report.metOn()));
    }

    static Tag actionStatus(ActionStatus status) {
        String colour =
                switch (status) {
                    case NOT_STARTED -> "grey";
                    case IN_PROGRESS -> "blue";
                    case OVERDUE -> "red";
                    case COMPLETE -> "green";
                    case COMPLETE_LATE -> "orange";
                };
        return new Tag(status.label(), colour);
    }

    private static ActionRow action(Action action, LocalDate today) {
        return new ActionRow(
                action.id(),
                action.title(),
                action.owner(),
                format(action.dueOn()),
                actionStatus(action.statusOn(today)),
                action.illustrative());
    }

    private static MeasureRow measure(Measure measure) {
        String unit = measure.unit();
        String latest =
                measure.latest()
                        .map(v -> amount(v.value(), unit) + " on " + format(v.on()))
                        .orElse("No values yet");
        Tag against =
                measure.latest()
                        .map(
                                v ->
                                        measure.meetsTarget(v.value())
                                                ? new Tag("Target met", "green")
                                                : new Tag("Target not met", "grey"))
                        .orElse(null);
        List<ValueRow> values = new ArrayList<>();
        for (MeasureValue value : measure.values()) {
            values.add(
                    new ValueRow(
                            format(value.on()),
                            amount(value.value(), unit),
                            value.note() == null ? "" : value.note()));
        }
        return new MeasureRow(
                measure.id(),
                measure.name(),
                unit,
                measure.direction().label(),
                amount(measure.baseline(), unit) + " on " + format(measure.baselineOn()),
                amount(measure.target(), unit)
                        + (measure.targetBy() == null ? "" : " by " + format(measure.targetBy())),
                latest,
                against,
                values);
    }

    /** "61.5%", "18 weeks": a number with its unit. */
    static String amount(BigDecimal value, String unit) {
        return Measure.amount(value.toPlainString(), unit);
    }

    /**
     * A board member as the page names them: the contact's name and role, the role said once when
     * the name is the role ("Chief executive", not "Chief executive (Chief executive)").
     */
    static String memberLabel(Contact contact) {
        String role = contact.role().label();
        return contact.name().trim().equalsIgnoreCase(role)
                ? contact.name()
                : contact.name() + " (" + role + ")";
    }
}
