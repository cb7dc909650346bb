package org.sendtracker.improvement.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.sendtracker.inspection.model.InspectionId;

/**
 * What governs the work after one inspection: the boards with their reporting cadence, the actions
 * promised per area of weakness and the measures of impact. It belongs to the inspection whose
 * Written Statement of Action or priority action plan it carries out; {@code version} is that
 * inspection's version when the plan last changed (every change to the plan is a change to the
 * inspection: one audit trail, one version, docs/boards.md). {@code retired} holds the ids of the
 * actions and measures removed from it, which are never given to another (a board's id comes from
 * its name, so a board removed and added again is the same board).
 */
public record ImprovementPlan(
        InspectionId inspectionId,
        long version,
        List<Board> boards,
        List<Action> actions,
        List<Measure> measures,
        List<String> retired) {

    public ImprovementPlan {
        Objects.requireNonNull(inspectionId, "inspectionId == null");
        boards = boards == null ? List.of() : List.copyOf(boards);
        actions = actions == null ? List.of() : List.copyOf(actions);
        measures = measures == null ? List.of() : List.copyOf(measures);
        retired = retired == null ? List.of() : List.copyOf(retired);
    }

    /** A plan from which nothing was ever removed. */
    public ImprovementPlan(
            InspectionId inspectionId,
            long version,
            List<Board> boards,
            List<Action> actions,
            List<Measure> measures) {
        this(inspectionId, version, boards, actions, measures, List.of());
    }

    /** The plan of an inspection nobody has planned for yet. */
    public static ImprovementPlan empty(InspectionId inspectionId) {
        return new ImprovementPlan(inspectionId, 0, List.of(), List.of(), List.of());
    }

    /** This plan without the board {@code id}. */
    public ImprovementPlan withoutBoard(String id) {
        return new ImprovementPlan(
                inspectionId,
                version,
                boards.stream().filter(b -> !b.id().equals(id)).toList(),
                actions,
                measures,
                retired);
    }

    /** This plan without the action {@code id}, whose id is retired. */
    public ImprovementPlan withoutAction(String id) {
        return new ImprovementPlan(
                inspectionId,
                version,
                boards,
                actions.stream().filter(a -> !a.id().equals(id)).toList(),
                measures,
                retiring(id));
    }

    /** This plan without the measure {@code id}, whose id is retired. */
    public ImprovementPlan withoutMeasure(String id) {
        return new ImprovementPlan(
                inspectionId,
                version,
                boards,
                actions,
                measures.stream().filter(m -> !m.id().equals(id)).toList(),
                retiring(id));
    }

    private List<String> retiring(String id) {
        return Stream.concat(retired.stream(), Stream.of(id)).toList();
    }

    public Optional<Board> board(String id) {
        return boards.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Optional<Action> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public List<Action> actionsFor(int weakness) {
        return actions.stream().filter(a -> a.weakness() == weakness).toList();
    }

    public List<Measure> measuresFor(int weakness) {
        return measures.stream().filter(m -> m.weakness() == weakness).toList();
    }
}
