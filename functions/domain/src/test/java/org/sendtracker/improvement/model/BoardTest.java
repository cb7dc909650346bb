package org.sendtracker.improvement.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardTest {

    @Test
    void aReportsDeadlineId_namesTheBoardAndTheDay_andLeadsBackToTheBoard() {
        Board board =
                new Board(
                        "send-improvement-board",
                        "SEND Improvement Board",
                        BoardKind.IMPROVEMENT_BOARD,
                        List.of(),
                        Cadence.everyMonths(2, LocalDate.of(2025, 1, 15), null),
                        null);

        String id = board.deadlineId(LocalDate.of(2025, 3, 15));

        assertThat(id).isEqualTo("BOARD_REPORT-send-improvement-board-2025-03-15");
        assertThat(Board.boardOf(id)).contains("send-improvement-board");
        assertThat(Board.boardOf("MONITORING_REVIEW-2")).isEmpty();
    }

    @Test
    void aBoardWithoutACadence_hasNoReportsDue() {
        Board board =
                new Board(
                        "hwb",
                        "Health and Wellbeing Board",
                        BoardKind.HEALTH_AND_WELLBEING_BOARD,
                        List.of(),
                        null,
                        null);

        assertThat(board.reportDues()).isEmpty();
    }

    @Test
    void aBoardIsNamedInASentence_withOneThe() {
        Board hwb = board("Health and Wellbeing Board");
        Board partnership = board("The Partnership Board");
        Board lower = board("the SEND partnership");

        assertThat(hwb.inSentence()).isEqualTo("the Health and Wellbeing Board");
        assertThat(hwb.openingSentence()).isEqualTo("The Health and Wellbeing Board");
        assertThat(partnership.inSentence()).isEqualTo("The Partnership Board");
        assertThat(partnership.openingSentence()).isEqualTo("The Partnership Board");
        assertThat(lower.inSentence()).isEqualTo("the SEND partnership");
        assertThat(lower.openingSentence()).isEqualTo("The SEND partnership");
        assertThat(board("Theatre Board").inSentence()).isEqualTo("the Theatre Board");
    }

    private static Board board(String name) {
        return new Board("b", name, BoardKind.OTHER, List.of(), null, null);
    }
}
