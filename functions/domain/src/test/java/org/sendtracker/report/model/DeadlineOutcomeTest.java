package org.sendtracker.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;

/**
 * A report's outcome for a deadline is what every other view says of it on the report's day: a date
 * others set that passed with nothing recorded is "Not recorded yet", never the council's "Open,
 * overdue" (a probe found a closed real council's report counting one as overdue).
 */
class DeadlineOutcomeTest {

    private static final Instant AT = Instant.parse("2019-10-18T09:00:00Z");

    private static Deadline due(DeadlineKind kind, String dueOn) {
        return Deadline.setBy(
                kind.name(),
                BuiltInRules.get().rule(Framework.LASEND_2016, kind),
                LocalDate.parse(dueOn),
                AT);
    }

    @Test
    void aVisitOthersSet_passedWithNothingRecorded_isNotRecordedYet_asTheStatusSays() {
        Deadline review = due(DeadlineKind.MONITORING_REVIEW, "2020-01-18");
        LocalDate after = LocalDate.parse("2020-02-01");

        // not yet come: "Expected", as the pages say, and counted with the open
        assertThat(DeadlineOutcome.of(review, LocalDate.parse("2020-01-18")))
                .isEqualTo(DeadlineOutcome.EXPECTED);
        assertThat(DeadlineOutcome.EXPECTED.counted()).isEqualTo(DeadlineOutcome.OPEN);
        assertThat(DeadlineOutcome.of(review, after)).isEqualTo(DeadlineOutcome.NOT_RECORDED);
        assertThat(review.statusOn(after)).isEqualTo(DeadlineStatus.NOT_RECORDED);
        assertThat(DeadlineOutcome.NOT_RECORDED.label()).isEqualTo("Not recorded yet");
    }

    @Test
    void aVisitOthersSet_thatHappenedAfterItsDate_isLaterThanExpected_neverMetLate() {
        // the council was not late for a date Ofsted, or DfE and NHS England, set
        Deadline review =
                due(DeadlineKind.MONITORING_REVIEW, "2020-01-18")
                        .met(
                                LocalDate.parse("2020-01-25"),
                                new WorkingDayCalendar(new EnglandAndWalesBankHolidays()));

        DeadlineOutcome outcome = DeadlineOutcome.of(review, LocalDate.parse("2020-02-01"));

        assertThat(outcome).isEqualTo(DeadlineOutcome.LATER_THAN_EXPECTED);
        assertThat(outcome.label()).isEqualTo("Later than expected");
        assertThat(outcome.counted()).isEqualTo(DeadlineOutcome.MET);
        assertThat(outcome.met()).isTrue();
    }

    @Test
    void aDateTheCouncilMeets_passedUnmet_isOpenAndOverdue() {
        Deadline wsoa = due(DeadlineKind.WSOA_SUBMISSION, "2019-08-21");

        assertThat(DeadlineOutcome.of(wsoa, LocalDate.parse("2019-08-22")))
                .isEqualTo(DeadlineOutcome.OVERDUE);
        assertThat(
                        DeadlineOutcome.of(
                                wsoa.met(
                                        LocalDate.parse("2019-08-20"),
                                        new WorkingDayCalendar(new EnglandAndWalesBankHolidays())),
                                LocalDate.parse("2019-08-22")))
                .isEqualTo(DeadlineOutcome.MET);
    }
}
