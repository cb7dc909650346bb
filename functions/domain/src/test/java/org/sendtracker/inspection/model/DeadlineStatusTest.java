package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DayCount;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;
import org.sendtracker.rules.Framework;

/** A deadline's status, derived from its dates and its rule (docs/domain-rules.md §1.4). */
class DeadlineStatusTest {

    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());
    private static final Instant RECORDED = Instant.parse("2020-01-01T09:00:00Z");

    /** A WSoA due on {@code dueOn} (its rule counts working days). */
    private static Deadline wsoaDue(LocalDate dueOn) {
        return Deadline.setBy(
                "WSOA_SUBMISSION",
                rule(Framework.LASEND_2016, DeadlineKind.WSOA_SUBMISSION),
                dueOn,
                RECORDED);
    }

    private static DeadlineRule rule(Framework framework, DeadlineKind kind) {
        return BuiltInRules.get().rule(framework, kind);
    }

    @Test
    void aWsoaSubmittedFiveWorkingDaysAfterItsDueDate_isMetLate_byFiveWorkingDays() {
        // given a WSoA due Friday 15 January 2021, submitted Friday 22 January
        Deadline wsoa = wsoaDue(LocalDate.of(2021, 1, 15));

        // when
        Deadline met = wsoa.met(LocalDate.of(2021, 1, 22), CALENDAR);

        // then
        assertThat(met.statusOn(LocalDate.of(2021, 2, 1))).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(met.daysLate()).isEqualTo(5);
        assertThat(met.lateIn()).isEqualTo(DayCount.WORKING_DAYS);
    }

    @Test
    void anOverdueWsoa_isOverdueByWorkingDays_atLeastOneOnTheWeekendAfterIt() {
        // given a WSoA due Friday 15 January 2021
        Deadline wsoa = wsoaDue(LocalDate.of(2021, 1, 15));

        // then: on or before the day, not overdue; Saturday 16 is 1 working day overdue,
        // Friday 22 is 5
        assertThat(wsoa.daysOverdueOn(LocalDate.of(2021, 1, 15), CALENDAR)).isZero();
        assertThat(wsoa.daysOverdueOn(LocalDate.of(2021, 1, 16), CALENDAR)).isEqualTo(1);
        assertThat(wsoa.daysOverdueOn(LocalDate.of(2021, 1, 22), CALENDAR)).isEqualTo(5);
        assertThat(wsoa.lateIn().count(5)).isEqualTo("5 working days");
    }

    @Test
    void onAWeekend_howOverdue_isHowLateItWouldBe_wereItMetThatDay() {
        // given a WSoA due Friday 15 January 2021, still open on Saturday 23 January
        Deadline wsoa = wsoaDue(LocalDate.of(2021, 1, 15));
        LocalDate saturday = LocalDate.of(2021, 1, 23);

        // then the page's "overdue" and the "late" recorded that Saturday are one figure (a
        // probe saw 5 working days overdue become 6 working days late on the same day)
        assertThat(wsoa.daysOverdueOn(saturday, CALENDAR))
                .isEqualTo(wsoa.met(saturday, CALENDAR).daysLate())
                .isEqualTo(6);
    }

    @Test
    void anOverdueDateSetByADecision_isOverdueByCalendarDays() {
        // given a WSoA resubmission Ofsted asked for by Tuesday 8 October 2019
        Deadline resubmission =
                Deadline.setBy(
                        "WSOA_RESUBMISSION",
                        rule(Framework.LASEND_2016, DeadlineKind.WSOA_RESUBMISSION),
                        LocalDate.of(2019, 10, 8),
                        RECORDED);

        // then: Tuesday 15 October is 7 days overdue
        assertThat(resubmission.daysOverdueOn(LocalDate.of(2019, 10, 15), CALENDAR)).isEqualTo(7);
        assertThat(resubmission.lateIn().count(7)).isEqualTo("7 days");
        assertThat(resubmission.lateIn().count(1)).isEqualTo("1 day");
    }

    @Test
    void metOnTheDueDay_isMet_notLate() {
        Deadline met = wsoaDue(LocalDate.of(2021, 1, 15)).met(LocalDate.of(2021, 1, 15), CALENDAR);

        assertThat(met.statusOn(LocalDate.of(2021, 2, 1))).isEqualTo(DeadlineStatus.MET);
        assertThat(met.daysLate()).isNull();
    }

    @Test
    void metBeforeTheDueDay_isMet() {
        Deadline met = wsoaDue(LocalDate.of(2021, 1, 15)).met(LocalDate.of(2021, 1, 4), CALENDAR);

        assertThat(met.statusOn(LocalDate.of(2021, 1, 5))).isEqualTo(DeadlineStatus.MET);
        assertThat(met.daysLate()).isNull();
    }

    @Test
    void workingDaysLate_skipTheChristmasBankHolidaysAndTheWeekend() {
        // given due Thursday 23 December 2021; Christmas Day and Boxing Day fell on a weekend,
        // so Monday 27 and Tuesday 28 December were bank holidays
        Deadline wsoa = wsoaDue(LocalDate.of(2021, 12, 23));

        // when submitted on Wednesday 29 December
        Deadline met = wsoa.met(LocalDate.of(2021, 12, 29), CALENDAR);

        // then only Friday 24 and Wednesday 29 December count
        assertThat(met.statusOn(LocalDate.of(2022, 1, 4))).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(met.daysLate()).isEqualTo(2);
    }

    @Test
    void metOnTheSaturdayAfterAFridayDueDate_isOneWorkingDayLate() {
        Deadline met = wsoaDue(LocalDate.of(2021, 1, 15)).met(LocalDate.of(2021, 1, 16), CALENDAR);

        assertThat(met.statusOn(LocalDate.of(2021, 1, 18))).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(met.daysLate()).isEqualTo(1);
    }

    @Test
    void aCalendarDayRule_countsCalendarDaysLate() {
        // given the strategic plan, 50 calendar days after the report: due Friday 3 November 2023
        Deadline plan =
                Deadline.counted(
                        "STRATEGIC_PLAN_UPDATE",
                        rule(Framework.AREA_SEND_2023, DeadlineKind.STRATEGIC_PLAN_UPDATE),
                        LocalDate.of(2023, 9, 14),
                        CALENDAR,
                        RECORDED);
        assertThat(plan.dueOn()).isEqualTo(LocalDate.of(2023, 11, 3));

        // when published on Monday 6 November
        Deadline met = plan.met(LocalDate.of(2023, 11, 6), CALENDAR);

        // then three calendar days late, the weekend included
        assertThat(met.statusOn(LocalDate.of(2023, 11, 7))).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(met.daysLate()).isEqualTo(3);
        assertThat(met.lateIn()).isEqualTo(DayCount.CALENDAR_DAYS);
    }

    @Test
    void theCouncilsDate_passedWithNothingRecorded_isOverdue() {
        Deadline wsoa = wsoaDue(LocalDate.of(2021, 1, 15));

        assertThat(wsoa.statusOn(LocalDate.of(2021, 1, 15))).isEqualTo(DeadlineStatus.OPEN);
        assertThat(wsoa.statusOn(LocalDate.of(2021, 1, 16))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void aDateOthersSet_passedWithNothingRecorded_isNotRecorded_neverOverdue() {
        // given the revisit Ofsted and CQC are expected to make within 18 months
        Deadline revisit =
                Deadline.counted(
                        "REVISIT",
                        rule(Framework.LASEND_2016, DeadlineKind.REVISIT),
                        LocalDate.of(2019, 10, 18),
                        CALENDAR,
                        RECORDED);

        // then
        assertThat(revisit.setBy()).isEqualTo(DateSetter.INSPECTORATES);
        assertThat(revisit.statusOn(LocalDate.of(2021, 4, 18))).isEqualTo(DeadlineStatus.OPEN);
        assertThat(revisit.statusOn(LocalDate.of(2021, 4, 19)))
                .isEqualTo(DeadlineStatus.NOT_RECORDED);
    }

    @Test
    void aCancelledDeadline_isCancelled() {
        assertThat(wsoaDue(LocalDate.of(2021, 1, 15)).cancel().statusOn(LocalDate.of(2021, 2, 1)))
                .isEqualTo(DeadlineStatus.CANCELLED);
    }

    @Test
    void aDeadlineStoredBeforeTheStatusWasRefined_readsWithItsKindsRule_andCountsHowLate() {
        // given a met WSoA stored without setBy, lateIn and daysLate
        Deadline stored =
                new Deadline(
                        "WSOA_SUBMISSION",
                        DeadlineKind.WSOA_SUBMISSION,
                        LocalDate.of(2021, 1, 15),
                        LocalDate.of(2021, 1, 15),
                        null,
                        LocalDate.of(2021, 1, 22),
                        false,
                        "70 working days after the report was received",
                        "SI 2015/1792",
                        ContactRole.LEAD_OFFICER,
                        List.of(),
                        RECORDED,
                        null,
                        null,
                        null);

        assertThat(stored.setBy()).isEqualTo(DateSetter.COUNCIL);
        assertThat(stored.lateIn()).isEqualTo(DayCount.WORKING_DAYS);
        assertThat(stored.statusOn(LocalDate.of(2021, 2, 1))).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(stored.daysLate()).isEqualTo(5);
    }

    @Test
    void whatADeadlineStoredBeforeReadsAs_matchesTheBuiltInRules() {
        for (DeadlineRule rule : BuiltInRules.get().all()) {
            if (rule.variant().isEmpty()) {
                assertThat(StoredBefore.setBy(rule.kind()))
                        .as(rule.kind().name())
                        .isEqualTo(rule.setBy());
                assertThat(StoredBefore.lateIn(rule.kind()))
                        .as(rule.kind().name())
                        .isEqualTo(rule.lateIn());
            }
        }
    }
}
