package org.sendtracker.reminders.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.reminders.testing.Cumbria2019.CALENDAR;
import static org.sendtracker.reminders.testing.Cumbria2019.IN_2026;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.testing.Cumbria2019;
import org.sendtracker.rules.DeadlineKind;

/**
 * What an inspection is owed at an instant, and when to look next (docs/domain-rules.md §1.3: no
 * burst of old reminders).
 */
class ReminderPlannerTest {

    private final ReminderPlanner planner = new ReminderPlanner(ReminderPolicy.DEFAULT, CALENDAR);

    @Test
    void anAreaEnteringA2019InspectionToday_mustNotReceiveABurstOfOldReminders() {
        // given Cumbria's 2019 history typed in on 23 November 2026, its WSoA (due 21 August 2019)
        // never marked submitted
        Inspection inspection = Cumbria2019.enteredOn(IN_2026).withWsoaDue();

        // when
        ReminderPlanner.Plan plan = planner.plan(inspection, IN_2026);

        // then: every point of the deadline had passed when it was recorded
        assertThat(plan.due()).isEmpty();
        assertThat(plan.nextAt()).isEmpty();
    }

    @Test
    void
            anAreaEnteringA2019InspectionInMonitoringToday_isOwedNothingForItsLongPassedReviewAndRevisit() {
        Inspection inspection = Cumbria2019.enteredOn(IN_2026).inMonitoring();

        ReminderPlanner.Plan plan = planner.plan(inspection, IN_2026.plusSeconds(3600));

        assertThat(plan.due()).isEmpty();
        assertThat(plan.nextAt()).isEmpty();
    }

    @Test
    void aPointIsDueAt0800InEngland_whichIs0700UtcInBritishSummerTime() {
        // given the WSoA recorded on 14 May 2019; its first point is 20 working days before,
        // Wednesday 24 July 2019
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();

        // when
        ReminderPlanner.Plan justBefore =
                planner.plan(inspection, Instant.parse("2019-07-24T06:59:59Z"));
        ReminderPlanner.Plan atEight =
                planner.plan(inspection, Instant.parse("2019-07-24T07:00:00Z"));

        // then
        assertThat(justBefore.due()).isEmpty();
        assertThat(justBefore.nextAt()).contains(Instant.parse("2019-07-24T07:00:00Z"));
        assertThat(keys(atEight)).containsExactly("REMINDER#WSOA_SUBMISSION#2019-08-21#before-20");
        assertThat(atEight.nextAt()).contains(Instant.parse("2019-08-07T07:00:00Z"));
    }

    @Test
    void aPointIsDueAt0800InEngland_whichIs0800UtcInGreenwichMeanTime() {
        // given the first quarterly review (due 18 January 2020), its briefing 10 working days
        // before on Monday 6 January 2020
        Inspection inspection = Cumbria2019.recordedAsItHappened().inMonitoring();

        // when
        ReminderPlanner.Plan justBefore =
                planner.plan(inspection, Instant.parse("2020-01-06T07:59:59Z"));
        ReminderPlanner.Plan atEight =
                planner.plan(inspection, Instant.parse("2020-01-06T08:00:00Z"));

        // then
        assertThat(justBefore.due()).isEmpty();
        assertThat(justBefore.nextAt()).contains(Instant.parse("2020-01-06T08:00:00Z"));
        assertThat(keys(atEight))
                .containsExactly("REMINDER#MONITORING_REVIEW#2020-01-18#before-10");
    }

    @Test
    void aPointOnTheDayTheDeadlineWasRecorded_isStillDue_evenIfRecordedAfter0800() {
        // given the history entered at 11:00 on Wednesday 14 August 2019, the day of the
        // 5-working-days point
        Inspection inspection =
                Cumbria2019.enteredOn(Instant.parse("2019-08-14T10:00:00Z")).withWsoaDue();

        // when
        ReminderPlanner.Plan plan = planner.plan(inspection, Instant.parse("2019-08-14T10:00:01Z"));

        // then
        assertThat(keys(plan)).containsExactly("REMINDER#WSOA_SUBMISSION#2019-08-21#before-5");
        assertThat(plan.nextAt()).contains(Instant.parse("2019-08-20T07:00:00Z"));
    }

    @Test
    void aPointThatPassedTheDayBeforeTheDeadlineWasRecorded_isNeverSent() {
        // given the history entered on Thursday 15 August 2019, the day after the 5-working-days
        // point
        Inspection inspection =
                Cumbria2019.enteredOn(Instant.parse("2019-08-15T10:00:00Z")).withWsoaDue();

        // when
        ReminderPlanner.Plan plan = planner.plan(inspection, Instant.parse("2019-08-15T10:00:01Z"));

        // then
        assertThat(plan.due()).isEmpty();
        assertThat(plan.nextAt()).contains(Instant.parse("2019-08-20T07:00:00Z"));
    }

    @Test
    void ofSeveralPassedPoints_onlyTheLatestIsDue_soAWorkflowThatWasDownCatchesUpWithOneEmail() {
        // given a workflow that did not run between July and Friday 6 September 2019 (due,
        // overdue-5 and overdue-10 have passed)
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();

        // when
        ReminderPlanner.Plan plan = planner.plan(inspection, Instant.parse("2019-09-06T12:00:00Z"));

        // then
        assertThat(keys(plan)).containsExactly("REMINDER#WSOA_SUBMISSION#2019-08-21#overdue-10");
        assertThat(plan.nextAt()).contains(Instant.parse("2019-09-12T07:00:00Z"));
    }

    @Test
    void aMetDeadline_isOwedNothing_evenOnItsDueDay() {
        // given the WSoA submitted on 20 August 2019, the day before it was due
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaUnderReview();

        // when
        ReminderPlanner.Plan plan = planner.plan(inspection, Instant.parse("2019-08-21T07:00:00Z"));

        // then
        assertThat(plan.due()).isEmpty();
        assertThat(plan.nextAt()).isEmpty();
    }

    @Test
    void anOverriddenDueDate_getsFreshPoints_fromTheDayOfTheOverride() {
        // given on Monday 19 August 2019 the WSoA's due date is moved from 21 August to 4 September
        Inspection inspection =
                Cumbria2019.recordAt(
                        Cumbria2019.recordedAsItHappened().withWsoaDue(),
                        "DEADLINE_OVERRIDDEN",
                        Map.of(
                                "deadline",
                                "WSOA_SUBMISSION",
                                "dueOn",
                                "2019-09-04",
                                "reason",
                                "Extension agreed with Ofsted for the summer"),
                        Instant.parse("2019-08-19T09:00:00Z"));

        // when
        ReminderPlanner.Plan onTheDay =
                planner.plan(inspection, Instant.parse("2019-08-19T09:00:01Z"));
        ReminderPlanner.Plan nextMorning =
                planner.plan(inspection, Instant.parse("2019-08-20T07:00:00Z"));

        // then: the new date's 20-day point (6 August) predates the override; its 10-day point (20
        // August)
        // is new, and keyed by the new due date so it cannot collide with the old schedule's emails
        assertThat(onTheDay.due()).isEmpty();
        assertThat(onTheDay.nextAt()).contains(Instant.parse("2019-08-20T07:00:00Z"));
        assertThat(keys(nextMorning))
                .containsExactly("REMINDER#WSOA_SUBMISSION#2019-09-04#before-10");
    }

    @Test
    void nextAt_isTheEarliestFuturePointOfAnyOutstandingDeadline() {
        // given the review due Saturday 18 January 2020 (a visit: never chased) and the revisit
        // expected by 18 April 2021
        Inspection inspection = Cumbria2019.recordedAsItHappened().inMonitoring();

        // when
        ReminderPlanner.Plan afterTheReview =
                planner.plan(inspection, Instant.parse("2020-01-20T12:00:00Z"));
        ReminderPlanner.Plan afterAcceptance =
                planner.plan(inspection, Instant.parse("2019-10-21T12:00:00Z"));

        // then: the review's last briefing (Friday 17 January) is the one a late tick catches up
        // with; next comes the prompt to record the review if nothing is recorded 5 working days
        // after its date (Friday 24 January 2020, 08:00 GMT), well before the revisit's
        // 10-working-day briefing of Thursday 1 April 2021
        assertThat(keys(afterTheReview))
                .containsExactly("REMINDER#MONITORING_REVIEW#2020-01-18#before-1");
        assertThat(afterTheReview.nextAt()).contains(Instant.parse("2020-01-24T08:00:00Z"));
        assertThat(afterAcceptance.due()).isEmpty();
        assertThat(afterAcceptance.nextAt()).contains(Instant.parse("2020-01-06T08:00:00Z"));
    }

    @Test
    void aNotifiedRevisitStillToCome_isOwedItsPreparationNotice_withItsDates() {
        // given the revisit notified on Monday 8 March 2021
        Inspection inspection = Cumbria2019.recordedAsItHappened().awaitingItsRevisitReport();

        // when
        ReminderPlanner.Plan plan = planner.plan(inspection, Instant.parse("2021-03-08T17:30:00Z"));
        ReminderPlanner.Plan onTheFirstDay =
                planner.plan(inspection, Instant.parse("2021-03-22T07:00:00Z"));

        // then: inspectors arrive 10 working days later, the report about 33 days after that; the
        // review missed in January 2020 is still owed its (last) prompt to record it, which the
        // ledger sends at most once (docs/domain-rules.md §1.4)
        assertThat(plan.due())
                .filteredOn(Notice.VisitPreparation.class::isInstance)
                .containsExactly(
                        new Notice.VisitPreparation(
                                "Revisit",
                                LocalDate.of(2021, 3, 8),
                                LocalDate.of(2021, 3, 22),
                                LocalDate.of(2021, 4, 24)));
        assertThat(keys(plan))
                .containsExactly(
                        "REMINDER#MONITORING_REVIEW#2020-01-18#not-recorded-10",
                        "PREPARE#Revisit#2021-03-22");
        assertThat(keys(onTheFirstDay))
                .containsExactly(
                        "REMINDER#MONITORING_REVIEW#2020-01-18#not-recorded-10",
                        "PREPARE#Revisit#2021-03-22");
    }

    @Test
    void aRevisitThatHasStarted_isOwedNoPreparationNotice() {
        Inspection inspection = Cumbria2019.recordedAsItHappened().awaitingItsRevisitReport();

        ReminderPlanner.Plan plan = planner.plan(inspection, Instant.parse("2021-03-23T07:00:00Z"));

        // (only the prompt to record the review missed in January 2020 remains owed; next is the
        // prompt to record the revisit report if nothing is recorded 5 working days after it was
        // expected, Saturday 24 April 2021: Friday 30 April, 08:00 BST)
        assertThat(keys(plan))
                .containsExactly("REMINDER#MONITORING_REVIEW#2020-01-18#not-recorded-10");
        assertThat(plan.nextAt()).contains(Instant.parse("2021-04-30T07:00:00Z"));
    }

    @Test
    void aRevisitEnteredYearsLater_isOwedNoPreparationNotice() {
        Inspection inspection = Cumbria2019.enteredOn(IN_2026).awaitingItsRevisitReport();

        assertThat(planner.plan(inspection, IN_2026))
                .isEqualTo(new ReminderPlanner.Plan(List.of(), Optional.empty()));
    }

    @Test
    void aClosedInspection_isOwedNothing() {
        Inspection inspection = Cumbria2019.recordedAsItHappened().closed();

        assertThat(planner.plan(inspection, Instant.parse("2021-05-01T07:00:00Z")))
                .isEqualTo(new ReminderPlanner.Plan(List.of(), Optional.empty()));
        assertThat(inspection.outstanding(DeadlineKind.REVISIT)).isEmpty();
    }

    private static List<String> keys(ReminderPlanner.Plan plan) {
        return plan.due().stream().map(Notice::key).toList();
    }
}
