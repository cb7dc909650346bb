package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionBetweenInspections;
import static org.sendtracker.inspection.model.Recording.record;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The day an inspection closed, as its record says (what an area's feed keeps a year): the day of
 * its latest step, not the day an officer recorded it (here 23 November 2026).
 */
class ClosedOnTest {

    @Test
    void anOpenInspection_hasNoClosingDay() {
        assertThat(aNorfolkInspectionBetweenInspections().closedOn()).isEmpty();
    }

    @Test
    void aClosedInspection_closedOnTheDayOfItsClosingStep_notTheDayItWasRecorded() {
        Inspection closed =
                record(
                        aNorfolkInspectionBetweenInspections(),
                        "NEXT_INSPECTION_NOTIFIED",
                        """
                        {"on": "2026-01-12"}""");

        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.closedOn()).contains(LocalDate.of(2026, 1, 12));
    }

    @Test
    void aStepRecordedBeforeTheClosingOne_butDatedAfterIt_isTheClosingDay() {
        Inspection metLater =
                record(
                        aNorfolkInspectionBetweenInspections(),
                        "ENGAGEMENT_MEETING_HELD",
                        """
                        {"on": "2026-01-20"}""");

        Inspection closed =
                record(
                        metLater,
                        "NEXT_INSPECTION_NOTIFIED",
                        """
                {"on": "2026-01-12"}""");

        assertThat(closed.closedOn()).contains(LocalDate.of(2026, 1, 20));
    }
}
