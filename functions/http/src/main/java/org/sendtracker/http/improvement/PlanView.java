package org.sendtracker.http.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.Cadence;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;

/**
 * The JSON of an inspection's improvement plan: its boards with each report due and its status
 * today, its actions with their status today, its measures with their values (docs/boards.md).
 * {@code version} is the inspection's: send it back as {@code If-Match}.
 */
public record PlanView(
        String inspectionId,
        long version,
        List<BoardView> boards,
        List<ActionView> actions,
        List<MeasureView> measures) {

    public record BoardView(
            String id,
            String name,
            String kind,
            String kindLabel,
            List<String> members,
            String reportsTo,
            CadenceView cadence,
            List<ReportView> reports) {}

    public record CadenceView(
            String kind,
            int every,
            LocalDate from,
            LocalDate until,
            List<LocalDate> meetings,
            String description) {
        static CadenceView of(Cadence c) {
            return c == null
                    ? null
                    : new CadenceView(
                            c.kind().name(),
                            c.every(),
                            c.from(),
                            c.until(),
                            c.meetings(),
                            c.describe());
        }
    }

    /** A report due: its deadline's id, due date, status today and the day it was presented. */
    public record ReportView(
            String deadlineId, LocalDate dueOn, String status, LocalDate presentedOn) {}

    public record ActionView(
            String id,
            int weakness,
            String title,
            String owner,
            LocalDate dueOn,
            String progress,
            LocalDate completedOn,
            String status,
            String statusLabel,
            boolean illustrative) {}

    public record MeasureView(
            String id,
            int weakness,
            String name,
            String unit,
            String direction,
            BigDecimal baseline,
            LocalDate baselineOn,
            BigDecimal target,
            LocalDate targetBy,
            List<MeasureValue> values,
            boolean illustrative) {}

    public static PlanView of(ImprovementPlan plan, Inspection inspection, LocalDate today) {
        return new PlanView(
                inspection.id().value(),
                inspection.version(),
                plan.boards().stream().map(b -> board(b, inspection, today)).toList(),
                plan.actions().stream().map(a -> action(a, today)).toList(),
                plan.measures().stream().map(PlanView::measure).toList());
    }

    private static BoardView board(Board b, Inspection inspection, LocalDate today) {
        List<ReportView> reports =
                inspection.deadlines().stream()
                        .filter(d -> Board.boardOf(d.id()).filter(b.id()::equals).isPresent())
                        .filter(d -> !d.cancelled())
                        .map(d -> report(d, today))
                        .toList();
        return new BoardView(
                b.id(),
                b.name(),
                b.kind().name(),
                b.kind().label(),
                b.members(),
                b.reportsTo(),
                CadenceView.of(b.cadence()),
                reports);
    }

    private static ReportView report(Deadline d, LocalDate today) {
        return new ReportView(d.id(), d.dueOn(), d.statusOn(today).name(), d.metOn());
    }

    private static ActionView action(Action a, LocalDate today) {
        return new ActionView(
                a.id(),
                a.weakness(),
                a.title(),
                a.owner(),
                a.dueOn(),
                a.progress().name(),
                a.completedOn(),
                a.statusOn(today).name(),
                a.statusOn(today).label(),
                a.illustrative());
    }

    private static MeasureView measure(Measure m) {
        return new MeasureView(
                m.id(),
                m.weakness(),
                m.name(),
                m.unit(),
                m.direction().name(),
                m.baseline(),
                m.baselineOn(),
                m.target(),
                m.targetBy(),
                m.values(),
                m.illustrative());
    }
}
