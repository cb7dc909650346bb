package org.sendtracker.reminders.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.sendtracker.reminders.testing.Cumbria2019.CALENDAR;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.testing.Cumbria2019;
import org.sendtracker.rules.DeadlineKind;

/**
 * The reminder points of one deadline: working days counted back from, and forward from, the due
 * date.
 */
class ReminderScheduleTest {

    @Test
    void
            defaultPolicy_remindsAWsoaDue21August2019_at20_10_5_1WorkingDaysBefore_onTheDay_andEvery5WorkingDaysOverdue_skippingTheAugustBankHoliday() {
        // given Cumbria's WSoA, due Wednesday 21 August 2019; Monday 26 August 2019 is the August
        // bank holiday
        Deadline wsoa =
                Cumbria2019.recordedAsItHappened()
                        .withWsoaDue()
                        .outstanding(DeadlineKind.WSOA_SUBMISSION)
                        .orElseThrow();
        assertThat(wsoa.dueOn()).hasToString("2019-08-21");

        // when
        List<ReminderPoint> points = ReminderSchedule.of(wsoa, ReminderPolicy.DEFAULT, CALENDAR);

        // then: overdue-5 is Thursday 29 August, not Wednesday 28, because 26 August is not a
        // working day
        assertThat(lines(points))
                .isEqualTo(
                        """
                before-20  2019-07-24 WEDNESDAY BEFORE 20
                before-10  2019-08-07 WEDNESDAY BEFORE 10
                before-5   2019-08-14 WEDNESDAY BEFORE 5
                before-1   2019-08-20 TUESDAY BEFORE 1
                due        2019-08-21 WEDNESDAY ON_THE_DAY 0
                overdue-5  2019-08-29 THURSDAY OVERDUE 5
                overdue-10 2019-09-05 THURSDAY OVERDUE 10
                overdue-15 2019-09-12 THURSDAY OVERDUE 15
                overdue-20 2019-09-19 THURSDAY OVERDUE 20
                overdue-25 2019-09-26 THURSDAY OVERDUE 25
                overdue-30 2019-10-03 THURSDAY OVERDUE 30""");
    }

    @Test
    void pointsBeforeADeadline_skipWeekendsAndBankHolidays_countingBackOverEaster() {
        // given a deadline due Tuesday 23 April 2019, the day after Easter Monday (Good Friday was
        // 19 April)
        Deadline wsoa =
                Cumbria2019.recordedAsItHappened()
                        .withWsoaDue()
                        .outstanding(DeadlineKind.WSOA_SUBMISSION)
                        .orElseThrow();
        Deadline afterEaster =
                wsoa.overridden(
                        LocalDate.of(2019, 4, 23), "a date around Easter", wsoa.recordedAt());

        // when
        List<ReminderPoint> points =
                ReminderSchedule.of(
                        afterEaster, new ReminderPolicy(List.of(1, 2), false, 5, 0), CALENDAR);

        // then: 1 working day before is Thursday 18 April, 2 is Wednesday 17 April
        assertThat(lines(points))
                .isEqualTo(
                        """
                before-2   2019-04-17 WEDNESDAY BEFORE 2
                before-1   2019-04-18 THURSDAY BEFORE 1""");
    }

    @Test
    void visits_getABriefing10WorkingDaysAnd1WorkingDayBefore_thenTwoPromptsToRecordThem() {
        // given the first quarterly DfE and NHS England review after the WSoA was accepted on 18
        // October 2019
        Inspection inspection = Cumbria2019.recordedAsItHappened().inMonitoring();
        Deadline review = inspection.outstanding(DeadlineKind.MONITORING_REVIEW).orElseThrow();
        Deadline revisit = inspection.outstanding(DeadlineKind.REVISIT).orElseThrow();

        // when
        List<ReminderPoint> reviewPoints =
                ReminderSchedule.of(review, ReminderPolicy.DEFAULT, CALENDAR);
        List<ReminderPoint> revisitPoints =
                ReminderSchedule.of(revisit, ReminderPolicy.DEFAULT, CALENDAR);

        // then: the review falls due on Saturday 18 January 2020 (3 calendar months); counting back
        // skips New Year's Day; no briefing on the day and no overdue chase: if nothing is
        // recorded, the owner is asked to record it 5 and 10 working days after the date, no more
        assertThat(lines(reviewPoints))
                .isEqualTo(
                        """
                before-10  2020-01-06 MONDAY BEFORE 10
                before-1   2020-01-17 FRIDAY BEFORE 1
                not-recorded-5 2020-01-24 FRIDAY NOT_RECORDED 5
                not-recorded-10 2020-01-31 FRIDAY NOT_RECORDED 10""");
        assertThat(revisitPoints)
                .extracting(ReminderPoint::id)
                .containsExactly("before-10", "before-1", "not-recorded-5", "not-recorded-10");
    }

    @Test
    void aDeadlineOnABankHoliday_isRemindedOnTheDayOnTheWorkingDayBefore_onceThatDay() {
        // given a WSoA moved to Monday 26 August 2019, the August bank holiday
        Deadline wsoa =
                Cumbria2019.recordedAsItHappened()
                        .withWsoaDue()
                        .outstanding(DeadlineKind.WSOA_SUBMISSION)
                        .orElseThrow();
        Deadline onTheHoliday =
                wsoa.overridden(LocalDate.of(2019, 8, 26), "an agreed date", wsoa.recordedAt());

        // when
        List<ReminderPoint> points =
                ReminderSchedule.of(onTheHoliday, ReminderPolicy.DEFAULT, CALENDAR);

        // then: the day's reminder goes on Friday 23 August, where "1 working day before" fell
        // too; that day holds the one reminder
        assertThat(lines(points))
                .startsWith(
                        """
                before-20  2019-07-29 MONDAY BEFORE 20
                before-10  2019-08-12 MONDAY BEFORE 10
                before-5   2019-08-19 MONDAY BEFORE 5
                due        2019-08-23 FRIDAY ON_THE_DAY 0
                overdue-5  2019-09-02 MONDAY OVERDUE 5""");
    }

    @Test
    void aDeadlineOnASaturday_isRemindedOnTheDayOnTheFridayBefore() {
        Deadline wsoa =
                Cumbria2019.recordedAsItHappened()
                        .withWsoaDue()
                        .outstanding(DeadlineKind.WSOA_SUBMISSION)
                        .orElseThrow();
        Deadline onASaturday =
                wsoa.overridden(LocalDate.of(2019, 8, 17), "an agreed date", wsoa.recordedAt());

        List<ReminderPoint> points =
                ReminderSchedule.of(
                        onASaturday, new ReminderPolicy(List.of(2, 1), true, 5, 1), CALENDAR);

        assertThat(lines(points))
                .isEqualTo(
                        """
                before-2   2019-08-15 THURSDAY BEFORE 2
                due        2019-08-16 FRIDAY ON_THE_DAY 0
                overdue-5  2019-08-23 FRIDAY OVERDUE 5""");
    }

    @Test
    void aCustomPolicy_givesItsOwnPoints_inOrder_withoutDuplicates() {
        // given a council that wants 15 and 3 working days' notice (listed twice, out of order),
        // nothing on
        // the day, and two chasers 10 working days apart
        ReminderPolicy policy = new ReminderPolicy(List.of(3, 15, 3), false, 10, 2);
        Deadline wsoa =
                Cumbria2019.recordedAsItHappened()
                        .withWsoaDue()
                        .outstanding(DeadlineKind.WSOA_SUBMISSION)
                        .orElseThrow();

        // when
        List<ReminderPoint> points = ReminderSchedule.of(wsoa, policy, CALENDAR);

        // then
        assertThat(lines(points))
                .isEqualTo(
                        """
                before-15  2019-07-31 WEDNESDAY BEFORE 15
                before-3   2019-08-16 FRIDAY BEFORE 3
                overdue-10 2019-09-05 THURSDAY OVERDUE 10
                overdue-20 2019-09-19 THURSDAY OVERDUE 20""");
    }

    @Test
    void aPolicyOutsideItsBounds_isRefusedWithAMessageNamingTheValue() {
        assertThat(catchThrowable(() -> new ReminderPolicy(List.of(20, 0), true, 5, 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("working days before must be 1 to 260: [20, 0]");
        assertThat(catchThrowable(() -> new ReminderPolicy(List.of(5), true, 0, 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("overdueEveryWorkingDays < 1: 0");
        assertThat(catchThrowable(() -> new ReminderPolicy(List.of(5), true, 5, 53)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("overdueCap must be 0 to 52: 53");
    }

    private static String lines(List<ReminderPoint> points) {
        return points.stream()
                .map(
                        p ->
                                String.format(
                                        "%-10s %s %s %s %d",
                                        p.id(),
                                        p.date(),
                                        p.date().getDayOfWeek(),
                                        p.timing(),
                                        p.workingDays()))
                .collect(Collectors.joining("\n"));
    }
}
