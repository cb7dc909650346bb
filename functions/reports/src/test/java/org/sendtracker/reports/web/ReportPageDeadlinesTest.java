package org.sendtracker.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.report.model.DeadlineOutcome;
import org.sendtracker.report.model.ProgressReport;
import org.sendtracker.report.model.ProgressReport.DeadlineLine;
import org.sendtracker.report.model.ReportPeriod;
import org.sendtracker.rules.DeadlineKind;

/**
 * The boards' own reports are the partnership's commitments, not the law's: the report lists and
 * counts them under their own heading, apart from the statutory deadlines (docs/boards.md).
 */
class ReportPageDeadlinesTest {

    @Test
    void boardReports_haveTheirOwnHeadingAndCounts_apartFromTheStatutoryDeadlines() {
        ProgressReport report =
                report(
                        line(DeadlineKind.WSOA_SUBMISSION, DeadlineOutcome.MET),
                        line(DeadlineKind.BOARD_REPORT, DeadlineOutcome.MET_LATE),
                        line(DeadlineKind.MONITORING_REVIEW, DeadlineOutcome.NOT_RECORDED),
                        line(DeadlineKind.BOARD_REPORT, DeadlineOutcome.OPEN),
                        line(DeadlineKind.BOARD_REPORT, DeadlineOutcome.OPEN));

        List<ReportPage.DeadlineGroup> groups = ReportPage.deadlineGroups(report);

        assertThat(groups)
                .extracting(
                        ReportPage.DeadlineGroup::id,
                        ReportPage.DeadlineGroup::heading,
                        g -> g.lines().size(),
                        g -> g.count(DeadlineOutcome.MET),
                        g -> g.count(DeadlineOutcome.MET_LATE),
                        g -> g.count(DeadlineOutcome.OPEN),
                        g -> g.count(DeadlineOutcome.NOT_RECORDED))
                .containsExactly(
                        tuple("deadlines", "Statutory deadlines", 2, 1L, 0L, 0L, 1L),
                        tuple("board-reports", "Board reports", 3, 0L, 1L, 2L, 0L));
    }

    @Test
    void theSummary_countsBoardReportsApart_evenInACopyThatCountedThemTogether() {
        // the summary given says 1 met, 1 met late, 2 open, 1 not recorded, as a copy issued
        // before the two were counted apart would
        ProgressReport report =
                report(
                        line(DeadlineKind.WSOA_SUBMISSION, DeadlineOutcome.MET),
                        line(DeadlineKind.BOARD_REPORT, DeadlineOutcome.MET_LATE),
                        line(DeadlineKind.MONITORING_REVIEW, DeadlineOutcome.NOT_RECORDED),
                        line(DeadlineKind.BOARD_REPORT, DeadlineOutcome.OPEN),
                        line(DeadlineKind.BOARD_REPORT, DeadlineOutcome.OVERDUE));

        ProgressReport.Summary summary = report.summary();

        assertThat(
                        List.of(
                                summary.deadlinesMet(),
                                summary.deadlinesMetLate(),
                                summary.deadlinesOpen(),
                                summary.deadlinesOverdue(),
                                summary.deadlinesNotRecorded(),
                                summary.boardReportsMet(),
                                summary.boardReportsMetLate(),
                                summary.boardReportsOpen(),
                                summary.boardReportsOverdue()))
                .containsExactly(1, 0, 0, 0, 1, 0, 1, 1, 1);
        assertThat(report.deadlines())
                .extracting(DeadlineLine::isBoardReport)
                .containsExactly(false, true, false, true, true);
    }

    @Test
    void withoutBoardReports_onlyTheStatutoryDeadlines_evenWhenThereAreNone() {
        assertThat(ReportPage.deadlineGroups(report()))
                .singleElement()
                .satisfies(
                        g -> {
                            assertThat(g.heading()).isEqualTo("Statutory deadlines");
                            assertThat(g.lines()).isEmpty();
                        });
    }

    @Test
    void theInspection_isNamedByTheDayInspectorsArrived_notByItsId() {
        assertThat(ReportPage.inspectionName(report())).isEqualTo("inspection of 14 March 2022");
    }

    private static DeadlineLine line(DeadlineKind kind, DeadlineOutcome outcome) {
        return new DeadlineLine(
                kind.label(), "the rule", "the source", LocalDate.of(2024, 2, 1), null, outcome);
    }

    private static ProgressReport report(DeadlineLine... lines) {
        return new ProgressReport(
                "testshire-2022-03-14",
                "testshire",
                "Testshire",
                "local area SEND inspection (2016 framework)",
                "Monitoring",
                ReportPeriod.quarterEndingOn(LocalDate.of(2024, 3, 31)),
                LocalDate.of(2024, 3, 31),
                new ProgressReport.Summary(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 0, 1, 0, 0, 0, 0),
                List.of(),
                List.of(lines));
    }
}
