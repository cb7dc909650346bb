package org.sendtracker.improvement.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionTest {

    private static final LocalDate DUE = LocalDate.of(2025, 3, 31);

    private static Action action(ActionProgress progress, LocalDate completedOn) {
        return new Action(
                "action-1",
                2,
                "Audit EHC plans",
                "Head of SEND",
                DUE,
                progress,
                completedOn,
                false);
    }

    @Test
    void anActionCompletedAfterItsDueDate_showsAsCompleteLate_forever() {
        Action action = action(ActionProgress.COMPLETE, DUE.plusDays(1));

        assertThat(action.statusOn(DUE.plusYears(1))).isEqualTo(ActionStatus.COMPLETE_LATE);
        assertThat(ActionStatus.COMPLETE_LATE.label()).isEqualTo("Complete (late)");
    }

    @Test
    void anActionCompletedOnItsDueDate_isComplete() {
        assertThat(action(ActionProgress.COMPLETE, DUE).statusOn(DUE.plusDays(5)))
                .isEqualTo(ActionStatus.COMPLETE);
    }

    @Test
    void anUnfinishedAction_isOverdueTheDayAfterItsDueDate() {
        Action action = action(ActionProgress.IN_PROGRESS, null);

        assertThat(action.statusOn(DUE)).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action.statusOn(DUE.plusDays(1))).isEqualTo(ActionStatus.OVERDUE);
        assertThat(action(ActionProgress.NOT_STARTED, null).statusOn(DUE))
                .isEqualTo(ActionStatus.NOT_STARTED);
    }

    @Test
    void aCompletionDate_goesWithCompleteProgressOnly() {
        assertThatThrownBy(() -> action(ActionProgress.IN_PROGRESS, DUE))
                .hasMessage(
                        "completedOn is set exactly when the action is complete: IN_PROGRESS, 2025-03-31");
        assertThatThrownBy(() -> action(ActionProgress.COMPLETE, null))
                .hasMessage(
                        "completedOn is set exactly when the action is complete: COMPLETE, null");
    }
}
