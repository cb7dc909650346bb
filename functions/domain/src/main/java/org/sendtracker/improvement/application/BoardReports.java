package org.sendtracker.improvement.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;
import org.sendtracker.rules.RuleBook;

/**
 * A board's reports as deadlines of the inspection it governs (docs/boards.md): one per date its
 * cadence gives, owned and escalated as the rule book's {@code BOARD_REPORT} rule says, so the
 * existing workflow reminds them, the dashboard, calendar feeds and CSV list them. A new cadence
 * adds the dates it brings, cancels the outstanding ones it drops and keeps every report already
 * presented; a cancelled report due again keeps a date an officer moved.
 */
final class BoardReports {

    private BoardReports() {}

    static Inspection.Change schedule(
            Inspection inspection,
            ImprovementPlan plan,
            Board board,
            RuleBook rules,
            Instant now,
            Inspection.Change change) {
        DeadlineRule rule = rules.rule(inspection.framework(), DeadlineKind.BOARD_REPORT);
        List<LocalDate> dues = dues(inspection, board);
        // one rule text for all the board's reports (a board without a cadence has none): a
        // cadence without an end reckons its dates to say where they stop
        String ruleText = dues.isEmpty() ? null : describe(board, plan);
        for (Deadline existing : ofBoard(inspection, board.id())) {
            boolean kept =
                    dues.stream().anyMatch(due -> board.deadlineId(due).equals(existing.id()));
            if (!kept && existing.isOutstanding()) {
                change.deadline(existing.id(), Deadline::cancel);
            }
        }
        for (LocalDate due : dues) {
            String id = board.deadlineId(due);
            Deadline fresh = deadline(id, due, ruleText, rule, now);
            Optional<Deadline> existing = inspection.deadline(id);
            if (existing.isEmpty()) {
                change.addDeadline(fresh);
            } else if (existing.get().cancelled()) {
                change.deadline(id, d -> revived(d, fresh));
            } else if (existing.get().isOutstanding()
                    && !existing.get().rule().equals(fresh.rule())) {
                change.deadline(id, d -> withRule(d, fresh.rule()));
            }
        }
        return change;
    }

    /**
     * The report dates the board's cadence gives on this inspection: all of them while it is open;
     * once it has closed, only those up to the day it closed (a board's work after that is recorded
     * on the area's next inspection, as closing cancels what is outstanding).
     */
    static List<LocalDate> dues(Inspection inspection, Board board) {
        Optional<LocalDate> closed = inspection.closedOn();
        return closed.isEmpty()
                ? board.reportDues()
                : board.reportDues().stream().filter(due -> !due.isAfter(closed.get())).toList();
    }

    static List<Deadline> ofBoard(Inspection inspection, String boardId) {
        return inspection.deadlines().stream()
                .filter(d -> Board.boardOf(d.id()).filter(boardId::equals).isPresent())
                .toList();
    }

    /** "Improvement board's report to the Health and Wellbeing Board, every 2 months from …". */
    static String describe(Board board, ImprovementPlan plan) {
        String to =
                Optional.ofNullable(board.reportsTo())
                        .flatMap(plan::board)
                        .map(target -> board.name() + "'s report to " + target.inSentence())
                        .orElse("Report to " + board.inSentence());
        return to + ", " + board.cadence().describe();
    }

    private static Deadline deadline(
            String id, LocalDate due, String ruleText, DeadlineRule rule, Instant now) {
        return new Deadline(
                id,
                DeadlineKind.BOARD_REPORT,
                due,
                due,
                null,
                null,
                false,
                ruleText,
                rule.source(),
                rule.owner(),
                rule.escalateTo(),
                now,
                rule.setBy(),
                rule.lateIn(),
                null);
    }

    /**
     * A cancelled report due again (its board added back, or its cadence restored): as the cadence
     * makes it, but a date an officer moved stays moved, with its reason.
     */
    private static Deadline revived(Deadline cancelled, Deadline fresh) {
        if (cancelled.overrideReason() == null) {
            return fresh;
        }
        return new Deadline(
                fresh.id(),
                fresh.kind(),
                cancelled.dueOn(),
                fresh.computedDueOn(),
                cancelled.overrideReason(),
                null,
                false,
                fresh.rule(),
                fresh.source(),
                fresh.owner(),
                fresh.escalateTo(),
                fresh.recordedAt(),
                fresh.setBy(),
                fresh.lateIn(),
                null);
    }

    private static Deadline withRule(Deadline d, String rule) {
        return new Deadline(
                d.id(),
                d.kind(),
                d.dueOn(),
                d.computedDueOn(),
                d.overrideReason(),
                d.metOn(),
                d.cancelled(),
                rule,
                d.source(),
                d.owner(),
                d.escalateTo(),
                d.recordedAt(),
                d.setBy(),
                d.lateIn(),
                d.daysLate());
    }
}
