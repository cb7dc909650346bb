package org.sendtracker.http.web.improvement;

import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.Inspection;

/**
 * What an improvement plan's removal page can take off the plan (docs/boards.md): its segment of
 * the plan's addresses ({@code /inspections/{id}/plan/actions/{actionId}/remove}), the word for it,
 * and what a page about one no longer there says.
 */
enum Removable {
    BOARD("boards", "board"),
    ACTION("actions", "action"),
    MEASURE("measures", "measure");

    private final String segment;
    private final String noun;

    Removable(String segment, String noun) {
        this.segment = segment;
        this.noun = noun;
    }

    String segment() {
        return segment;
    }

    String noun() {
        return noun;
    }

    /**
     * Why the plan has no such board, action or measure: taken off it (a retired action or measure
     * id; a board with reports on the inspection's record), or never on it.
     */
    String missing(String target, ImprovementPlan plan, Inspection inspection) {
        boolean removed =
                switch (this) {
                    case BOARD ->
                            inspection.deadlines().stream()
                                    .anyMatch(
                                            d ->
                                                    Board.boardOf(d.id())
                                                            .filter(b -> b.equals(target))
                                                            .isPresent());
                    case ACTION, MEASURE -> plan.retired().contains(target);
                };
        return removed
                ? "The " + noun + " '" + target + "' has been removed from the improvement plan."
                : "There is no " + noun + " '" + target + "'.";
    }
}
