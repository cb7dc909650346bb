package org.sendtracker.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sendtracker.area.model.Area;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ActionProgress;
import org.sendtracker.improvement.model.ActionStatus;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Weakness;
import org.sendtracker.report.model.ProgressReport.ActionLine;
import org.sendtracker.report.model.ProgressReport.DeadlineLine;
import org.sendtracker.report.model.ProgressReport.MeasureSeries;
import org.sendtracker.report.model.ProgressReport.StatusEntry;
import org.sendtracker.report.model.ProgressReport.Summary;
import org.sendtracker.report.model.ProgressReport.WeaknessSection;
import org.sendtracker.shared.Dates;

/**
 * Assembles a {@link ProgressReport} from the record as it stood at the report's date ({@link
 * ReportPeriod#asOf}): a status, an action's completion or a measure's value dated after it is not
 * yet known to the report, so a report for a past period reads as it would have then.
 */
public final class ProgressReports {

    private ProgressReports() {}

    public static ProgressReport assemble(
            Inspection inspection,
            Area area,
            ReportPeriod period,
            LocalDate today,
            ImprovementPlan plan) {
        LocalDate asOf = period.asOf(today);
        List<WeaknessSection> sections = new ArrayList<>();
        for (Weakness weakness : inspection.weaknesses()) {
            WeaknessSection section = section(weakness, period, asOf, plan);
            if (section != null) {
                sections.add(section);
            }
        }
        List<DeadlineLine> deadlines =
                inspection.deadlines().stream()
                        .filter(d -> !d.cancelled())
                        .sorted(Comparator.comparing(Deadline::dueOn))
                        .map(d -> line(d, asOf))
                        .toList();
        return new ProgressReport(
                inspection.id().value(),
                area.id().value(),
                area.name(),
                inspection.framework().label(),
                inspection.stage().label(),
                period,
                asOf,
                summary(sections, deadlines),
                sections,
                deadlines);
    }

    /** An area of weakness as it stood on {@code asOf}; none if it was named only after that. */
    private static WeaknessSection section(
            Weakness weakness, ReportPeriod period, LocalDate asOf, ImprovementPlan plan) {
        List<StatusEntry> history = new ArrayList<>();
        for (Weakness.StatusChange change : weakness.history()) {
            if (!change.on().isAfter(asOf)) {
                history.add(
                        new StatusEntry(
                                change.on(),
                                change.status().label(),
                                Rag.of(change.status()),
                                period.contains(change.on())));
            }
        }
        if (history.isEmpty()) {
            return null;
        }
        StatusEntry now = history.get(history.size() - 1);
        // a visit that confirms a status is on the record, but the status dates from its change
        LocalDate since = now.on();
        for (int i = history.size() - 1;
                i >= 0 && history.get(i).status().equals(now.status());
                i--) {
            since = history.get(i).on();
        }
        String judgement =
                weakness.judgedOn() == null || weakness.judgedOn().isAfter(asOf)
                        ? null
                        : (Boolean.TRUE.equals(weakness.sufficientProgress())
                                        ? "Sufficient progress"
                                        : "Not sufficient progress")
                                + ", judged "
                                + Dates.format(weakness.judgedOn());
        return new WeaknessSection(
                weakness.number(),
                weakness.title(),
                now.status(),
                now.rag(),
                since,
                history,
                judgement,
                actions(plan, weakness.number(), asOf),
                measures(plan, weakness.number(), asOf));
    }

    private static DeadlineLine line(Deadline deadline, LocalDate asOf) {
        DeadlineOutcome outcome = DeadlineOutcome.of(deadline, asOf);
        boolean met = outcome.met();
        return new DeadlineLine(
                deadline.kind().label(),
                deadline.rule(),
                deadline.source(),
                deadline.dueOn(),
                met ? deadline.metOn() : null,
                outcome);
    }

    private static Summary summary(List<WeaknessSection> sections, List<DeadlineLine> deadlines) {
        int[] rag = new int[Rag.values().length];
        int changes = 0;
        int[] actions = new int[ActionStatus.values().length];
        for (WeaknessSection section : sections) {
            rag[section.rag().ordinal()]++;
            changes += changesInPeriod(section.history());
            for (ActionLine action : section.actions()) {
                actions[action.status().ordinal()]++;
            }
        }
        return new Summary(
                        rag[Rag.RED.ordinal()],
                        rag[Rag.AMBER.ordinal()],
                        rag[Rag.GREEN.ordinal()],
                        rag[Rag.BLUE.ordinal()],
                        changes,
                        actions[ActionStatus.COMPLETE.ordinal()]
                                + actions[ActionStatus.COMPLETE_LATE.ordinal()],
                        actions[ActionStatus.NOT_STARTED.ordinal()]
                                + actions[ActionStatus.IN_PROGRESS.ordinal()],
                        actions[ActionStatus.OVERDUE.ordinal()],
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0)
                .countingDeadlines(deadlines);
    }

    /**
     * The entries in the period that changed the status: the first one (the area named), and each
     * that differs from the one before; a visit confirming the status is not a change.
     */
    private static int changesInPeriod(List<StatusEntry> history) {
        int changes = 0;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).inPeriod()
                    && (i == 0 || !history.get(i).status().equals(history.get(i - 1).status()))) {
                changes++;
            }
        }
        return changes;
    }

    /** The plan's actions for an area of weakness, each as it stood on {@code asOf}. */
    static List<ActionLine> actions(ImprovementPlan plan, int weakness, LocalDate asOf) {
        List<ActionLine> lines = new ArrayList<>();
        for (Action action : plan.actionsFor(weakness)) {
            boolean doneByThen =
                    action.completedOn() != null && !action.completedOn().isAfter(asOf);
            ActionStatus status =
                    doneByThen
                            ? action.statusOn(asOf)
                            : asOf.isAfter(action.dueOn())
                                    ? ActionStatus.OVERDUE
                                    : action.progress() == ActionProgress.NOT_STARTED
                                            ? ActionStatus.NOT_STARTED
                                            : ActionStatus.IN_PROGRESS;
            lines.add(
                    new ActionLine(
                            action.title(),
                            action.owner(),
                            action.dueOn(),
                            doneByThen ? action.completedOn() : null,
                            status));
        }
        lines.sort(Comparator.comparing(ActionLine::dueOn));
        return lines;
    }

    /** The plan's measures for an area of weakness, with the values known on {@code asOf}. */
    static List<MeasureSeries> measures(ImprovementPlan plan, int weakness, LocalDate asOf) {
        List<MeasureSeries> series = new ArrayList<>();
        for (Measure measure : plan.measuresFor(weakness)) {
            List<MeasureSeries.Point> points =
                    measure.values().stream()
                            .filter(v -> !v.on().isAfter(asOf))
                            .map(v -> new MeasureSeries.Point(v.on(), v.value()))
                            .toList();
            boolean met =
                    !points.isEmpty() && measure.meetsTarget(points.get(points.size() - 1).value());
            series.add(
                    new MeasureSeries(
                            measure.name(),
                            measure.unit(),
                            measure.direction().label(),
                            measure.baseline(),
                            measure.baselineOn(),
                            measure.target(),
                            measure.targetBy(),
                            points,
                            met));
        }
        return series;
    }
}
