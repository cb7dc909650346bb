package org.sendtracker.report.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.calendar.England;
import org.sendtracker.improvement.application.PastPlans;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.inspection.application.PastInspections;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.DeadlineKind;

/**
 * The record as it stood, read from the audit trail (docs/progress-report.md, "The report's date"):
 * the steps dated up to the day replayed ({@link PastInspections}), the plan with what was removed
 * since put back ({@link PastPlans}), and the boards' reports as they were then.
 */
public final class ReplayedRecords implements PastRecords {

    private final Inspections inspections;
    private final PastInspections past;
    private final Clock clock;

    public ReplayedRecords(Inspections inspections, PastInspections past, Clock clock) {
        this.inspections = Objects.requireNonNull(inspections, "inspections == null");
        this.past = Objects.requireNonNull(past, "past == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    @Override
    public AsItStood on(Inspection current, ImprovementPlan plan, LocalDate day) {
        List<RecordedEvent> trail = inspections.history(current.id());
        Inspection then = past.on(current, trail, day);
        List<Deadline> deadlines = new ArrayList<>(then.deadlines());
        deadlines.addAll(boardReports(current, then, plan, trail, day));
        return new AsItStood(
                then.withRecord(then.weaknesses(), deadlines),
                PastPlans.on(plan, current, trail, day, England.today(clock)));
    }

    /**
     * The boards' reports as they stood: every one not cancelled now, and those cancelled after the
     * day: by the removal of their board, or by the inspection's closing (a report its board's
     * cadence still gives, past the day the inspection closed). One cancelled by a change of
     * cadence stays out: when that was is not kept.
     */
    private static List<Deadline> boardReports(
            Inspection current,
            Inspection then,
            ImprovementPlan plan,
            List<RecordedEvent> trail,
            LocalDate day) {
        List<String> removedSince = PastPlans.boardsRemovedAfter(plan, trail, day);
        boolean closedSince = current.stage() == Stage.CLOSED && then.stage() != Stage.CLOSED;
        List<Deadline> reports = new ArrayList<>();
        for (Deadline deadline : current.deadlines()) {
            if (deadline.kind() != DeadlineKind.BOARD_REPORT) {
                continue;
            }
            Optional<String> board = Board.boardOf(deadline.id());
            boolean stood =
                    !deadline.cancelled()
                            || board.filter(removedSince::contains).isPresent()
                            || closedSince
                                    && board.flatMap(plan::board)
                                            .filter(b -> givenBy(b, deadline))
                                            .isPresent();
            if (stood) {
                reports.add(deadline.cancelled() ? deadline.uncancelled() : deadline);
            }
        }
        return reports;
    }

    private static boolean givenBy(Board board, Deadline deadline) {
        return board.reportDues().stream()
                .anyMatch(due -> board.deadlineId(due).equals(deadline.id()));
    }
}
