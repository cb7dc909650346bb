package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.EHC_PLANS;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.IDENTIFICATION;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.JOINT_COMMISSIONING;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aClosedCumbriaInspection;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionAskedToResubmitItsWsoa;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionAwaitingItsRevisitReport;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionAwaitingReport;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionInAcceleratedProgress;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionInMonitoring;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithItsAppSubmitted;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithResubmittedWsoaUnderReview;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithWsoaDue;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithWsoaUnderReview;
import static org.sendtracker.inspection.model.Recording.NOW;
import static org.sendtracker.inspection.model.Recording.accepted;
import static org.sendtracker.inspection.model.Recording.deadlinesOf;
import static org.sendtracker.inspection.model.Recording.keyDatesOf;
import static org.sendtracker.inspection.model.Recording.weaknessesOf;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;

/**
 * The LASEND_2016 lifecycle, walked step by step through Cumbria's 2019 inspection
 * (docs/domain-rules.md §1.1).
 */
class Lasend2016LifecycleTest {

    @Test
    void reportNeedingAWsoa_makesTheWsoaDueSeventyWorkingDaysAfterReceipt() {
        // given
        Inspection inspection = aCumbriaInspectionAwaitingReport();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-05-14", "publishedOn": "2019-05-22", "wsoaRequired": true,
                 "weaknesses": ["%s", "%s", "%s"]}"""
                                .formatted(IDENTIFICATION, EHC_PLANS, JOINT_COMMISSIONING));

        // then
        Inspection next = transition.next();
        assertThat(next.stage()).isEqualTo(Stage.WSOA_DUE);
        assertThat(next.reportReceivedOn()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(next.reportPublishedOn()).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(deadlinesOf(next))
                .isEqualTo("WSOA_SUBMISSION                    2019-08-21 OVERDUE");
        assertThat(transition.summary())
                .isEqualTo(
                        "Report received on 14 May 2019 with 3 areas of significant weakness; WSoA due 21 August 2019.");
    }

    @Test
    void aReportWithOneAreaOfWeakness_saysArea_notAreas() {
        Transition transition =
                accepted(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-05-14", "wsoaRequired": true, "weaknesses": ["%s"]}"""
                                .formatted(EHC_PLANS));

        assertThat(transition.summary())
                .isEqualTo(
                        "Report received on 14 May 2019 with 1 area of significant weakness; WSoA due 21 August 2019.");
    }

    @Test
    void wsoaDeadline_carriesItsRuleSourceOwnerAndWhenItWasLearned() {
        Deadline wsoa = aCumbriaInspectionWithWsoaDue().deadlines().get(0);

        assertThat(wsoa.kind()).isEqualTo(DeadlineKind.WSOA_SUBMISSION);
        assertThat(wsoa.rule()).isEqualTo("70 working days after the report was received");
        assertThat(wsoa.source())
                .isEqualTo(
                        "SI 2015/1792, Explanatory Note; working days as in SI 2005/1973 reg 1(3)");
        assertThat(wsoa.computedDueOn()).isEqualTo(wsoa.dueOn());
        assertThat(wsoa.recordedAt()).isEqualTo(NOW);
    }

    @Test
    void reportNeedingAWsoa_numbersTheAreasOfWeaknessInOrder_notStarted() {
        Inspection inspection = aCumbriaInspectionWithWsoaDue();

        assertThat(weaknessesOf(inspection))
                .isEqualTo(
                        """
                1. Identification of children and young people with SEND: NOT_STARTED
                2. Quality and timeliness of EHC plans: NOT_STARTED
                3. Joint commissioning arrangements: NOT_STARTED""");
    }

    @Test
    void eachEvent_movesTheVersionAndAuditSequenceOnByOne() {
        Inspection before = aCumbriaInspectionAwaitingReport();
        Inspection after = aCumbriaInspectionWithWsoaDue();

        assertThat(before.version()).isEqualTo(1);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.eventCount()).isEqualTo(2);
        assertThat(after.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void reportWithoutAWsoa_closesTheCase() {
        // given
        Inspection inspection = aCumbriaInspectionAwaitingReport();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-05-14", "wsoaRequired": false}""");

        // then
        assertThat(transition.next().stage()).isEqualTo(Stage.CLOSED);
        assertThat(transition.next().deadlines()).isEmpty();
        assertThat(transition.summary())
                .isEqualTo(
                        "Report received on 14 May 2019: no Written Statement of Action required; case closed.");
    }

    @Test
    void wsoaSubmitted_meetsItsDeadline_andAwaitsTheDecision() {
        // given
        Inspection inspection = aCumbriaInspectionWithWsoaDue();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "WSOA_SUBMITTED",
                        """
                {"on": "2019-08-20", "note": "Sent by the DCS"}""");

        // then
        assertThat(transition.next().stage()).isEqualTo(Stage.WSOA_UNDER_REVIEW);
        assertThat(deadlinesOf(transition.next()))
                .isEqualTo("WSOA_SUBMISSION                    2019-08-21 MET 2019-08-20");
        assertThat(transition.summary())
                .isEqualTo("WSoA submitted on 20 August 2019. Note: Sent by the DCS");
    }

    @Test
    void wsoaNotFitForPurpose_goesBackToWsoaDue_withTheResubmissionDateOfstedSet() {
        // given
        Inspection inspection = aCumbriaInspectionWithWsoaUnderReview();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "WSOA_DECISION",
                        """
                {"on": "2019-09-10", "fitForPurpose": false, "resubmitBy": "2019-10-08"}""");

        // then
        assertThat(transition.next().stage()).isEqualTo(Stage.WSOA_DUE);
        assertThat(deadlinesOf(transition.next()))
                .isEqualTo(
                        """
                WSOA_SUBMISSION                    2019-08-21 MET 2019-08-20
                WSOA_RESUBMISSION                  2019-10-08 OVERDUE""");
        assertThat(transition.summary())
                .isEqualTo(
                        "WSoA judged not fit for purpose on 10 September 2019; resubmit by 8 October 2019.");
    }

    @Test
    void wsoaResubmitted_meetsTheResubmissionDeadline() {
        Inspection inspection = aCumbriaInspectionAskedToResubmitItsWsoa();

        Transition transition =
                accepted(
                        inspection,
                        "WSOA_SUBMITTED",
                        """
                {"on": "2019-10-07"}""");

        assertThat(transition.next().stage()).isEqualTo(Stage.WSOA_UNDER_REVIEW);
        assertThat(deadlinesOf(transition.next()))
                .isEqualTo(
                        """
                WSOA_SUBMISSION                    2019-08-21 MET 2019-08-20
                WSOA_RESUBMISSION                  2019-10-08 MET 2019-10-07""");
    }

    @Test
    void wsoaAccepted_startsQuarterlyReviews_andExpectsTheRevisitWithinEighteenMonths() {
        // given
        Inspection inspection = aCumbriaInspectionWithResubmittedWsoaUnderReview();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "WSOA_DECISION",
                        """
                {"on": "2019-10-18", "fitForPurpose": true}""");

        // then
        assertThat(transition.next().stage()).isEqualTo(Stage.MONITORING);
        assertThat(deadlinesOf(transition.next()))
                .isEqualTo(
                        """
                WSOA_SUBMISSION                    2019-08-21 MET 2019-08-20
                WSOA_RESUBMISSION                  2019-10-08 MET 2019-10-07
                MONITORING_REVIEW                  2020-01-18 NOT_RECORDED
                REVISIT                            2021-04-18 NOT_RECORDED""");
        assertThat(keyDatesOf(transition.next()))
                .containsEntry(KeyDates.WSOA_ACCEPTED, LocalDate.of(2019, 10, 18));
        assertThat(transition.summary())
                .isEqualTo(
                        "WSoA judged fit for purpose on 18 October 2019; first quarterly review"
                                + " due 18 January 2020, revisit expected by 18 April 2021.");
    }

    @Test
    void monitoringVisit_setsStatusesNamedByNumberOrTitle_andSchedulesTheNextReview() {
        // given
        Inspection inspection = aCumbriaInspectionInMonitoring();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "MONITORING_VISIT",
                        """
                {"on": "2020-01-15", "statuses": {"1": "ON_TRACK", "%s": "DELAYED", "3": "COMPLETE"}}"""
                                .formatted(EHC_PLANS));

        // then
        Inspection next = transition.next();
        assertThat(next.stage()).isEqualTo(Stage.MONITORING);
        assertThat(weaknessesOf(next))
                .isEqualTo(
                        """
                1. Identification of children and young people with SEND: ON_TRACK
                2. Quality and timeliness of EHC plans: DELAYED
                3. Joint commissioning arrangements: COMPLETE""");
        assertThat(next.weakness("2").orElseThrow().history())
                .containsExactly(
                        new Weakness.StatusChange(
                                LocalDate.of(2019, 5, 14), WeaknessStatus.NOT_STARTED),
                        new Weakness.StatusChange(
                                LocalDate.of(2020, 1, 15), WeaknessStatus.DELAYED));
        assertThat(deadlinesOf(next))
                .endsWith(
                        """
                MONITORING_REVIEW                  2020-01-18 MET 2020-01-15
                REVISIT                            2021-04-18 NOT_RECORDED
                MONITORING_REVIEW-2                2020-04-15 NOT_RECORDED""");
        assertThat(transition.summary())
                .isEqualTo(
                        "Monitoring visit on 15 January 2020. Statuses: 1 on track, 2 delayed,"
                                + " 3 complete. Next review due 15 April 2020.");
    }

    @Test
    void
            revisitNotified_withoutAStartDate_expectsInspectorsTenWorkingDaysLater_andKeepsAMissedReview() {
        // given
        Inspection inspection = aCumbriaInspectionInMonitoring();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "REVISIT_NOTIFIED",
                        """
                {"on": "2021-03-08"}""");

        // then
        Inspection next = transition.next();
        assertThat(next.stage()).isEqualTo(Stage.REVISIT);
        assertThat(keyDatesOf(next))
                .containsEntry(KeyDates.REVISIT_STARTS, LocalDate.of(2021, 3, 22))
                .containsEntry(KeyDates.REVISIT_REPORT_EXPECTED, LocalDate.of(2021, 4, 24));
        // the review due 18 January 2020 passed with nothing recorded: it is kept, never silently
        // dropped; the revisit report is expected 33 days after inspectors arrive, a date Ofsted
        // and CQC keep (docs/domain-rules.md §1.4)
        assertThat(deadlinesOf(next))
                .endsWith(
                        """
                MONITORING_REVIEW                  2020-01-18 NOT_RECORDED
                REVISIT                            2021-04-18 MET 2021-03-08
                REVISIT_REPORT                     2021-04-24 NOT_RECORDED""");
        assertThat(next.outstanding(DeadlineKind.REVISIT_REPORT).orElseThrow().setBy())
                .isEqualTo(DateSetter.INSPECTORATES);
        assertThat(transition.summary())
                .isEqualTo(
                        "Revisit notified on 8 March 2021; inspectors arrive 22 March 2021,"
                                + " report expected about 24 April 2021.");
    }

    @Test
    void revisitNotified_withAStartDate_keepsIt() {
        Inspection next =
                accepted(
                                aCumbriaInspectionInMonitoring(),
                                "REVISIT_NOTIFIED",
                                """
                {"on": "2021-03-08", "startsOn": "2021-03-23"}""")
                        .next();

        assertThat(keyDatesOf(next))
                .containsEntry(KeyDates.REVISIT_STARTS, LocalDate.of(2021, 3, 23));
    }

    @Test
    void
            revisitFindingInsufficientProgress_requiresAnApp_andAProgressReviewWithinSixMonthsOfPublication() {
        // given
        Inspection inspection = aCumbriaInspectionAwaitingItsRevisitReport();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-04-26", "publishedOn": "2021-05-04", "appDueOn": "2021-06-30",
                 "sufficientProgress": {"1": true, "2": true, "%s": false}}"""
                                .formatted(JOINT_COMMISSIONING));

        // then
        Inspection next = transition.next();
        assertThat(next.stage()).isEqualTo(Stage.ACCELERATED_PROGRESS);
        assertThat(deadlinesOf(next))
                .endsWith(
                        """
                REVISIT                            2021-04-18 MET 2021-03-08
                REVISIT_REPORT                     2021-04-24 MET_LATE 2021-04-26
                APP_SUBMISSION                     2021-06-30 OVERDUE
                PROGRESS_REVIEW                    2021-11-04 NOT_RECORDED""");
        assertThat(weaknessesOf(next))
                .isEqualTo(
                        """
                1. Identification of children and young people with SEND: NOT_STARTED, sufficient progress
                2. Quality and timeliness of EHC plans: NOT_STARTED, sufficient progress
                3. Joint commissioning arrangements: NOT_STARTED, insufficient progress""");
        assertThat(transition.summary())
                .isEqualTo(
                        "Revisit report received on 26 April 2021: insufficient progress in 1 of 3"
                                + " areas of weakness; Accelerated Progress Plan due 30 June 2021, formal progress review by 4 November 2021.");
    }

    @Test
    void revisitFindingSufficientProgressEverywhere_closesTheCase() {
        // given
        Inspection inspection = aCumbriaInspectionAwaitingItsRevisitReport();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-04-26", "sufficientProgress": {"1": true, "2": "true", "3": true}}""");

        // then
        assertThat(transition.next().stage()).isEqualTo(Stage.CLOSED);
        // only the review missed in 2020 is left, not recorded (docs/domain-rules.md §1.4)
        assertThat(transition.next().outstandingDeadlines())
                .extracting(Deadline::id)
                .containsExactly("MONITORING_REVIEW");
        assertThat(transition.summary())
                .isEqualTo(
                        "Revisit report received on 26 April 2021: sufficient progress in every"
                                + " area of weakness; monitoring ends, case closed.");
    }

    @Test
    void appSubmitted_meetsItsDeadline_andLeavesTheProgressReviewOpen() {
        Inspection inspection = aCumbriaInspectionInAcceleratedProgress();

        Transition transition =
                accepted(
                        inspection,
                        "APP_SUBMITTED",
                        """
                {"on": "2021-06-28"}""");

        assertThat(transition.next().stage()).isEqualTo(Stage.ACCELERATED_PROGRESS);
        assertThat(deadlinesOf(transition.next()))
                .endsWith(
                        """
                APP_SUBMISSION                     2021-06-30 MET 2021-06-28
                PROGRESS_REVIEW                    2021-11-04 NOT_RECORDED""");
    }

    @Test
    void progressReviewHeld_closesTheCase() {
        Inspection inspection = aCumbriaInspectionWithItsAppSubmitted();

        Transition transition =
                accepted(
                        inspection,
                        "PROGRESS_REVIEW_HELD",
                        """
                {"on": "2021-10-20"}""");

        assertThat(transition.next().stage()).isEqualTo(Stage.CLOSED);
        assertThat(transition.summary())
                .isEqualTo("Formal progress review held on 20 October 2021; case closed.");
    }

    @Test
    void wholeLifecycle_fromNotificationToClosure_leavesEveryDeadlineMet_butTheMissedReviewShown() {
        // given the fixtures walk every step: report, WSoA twice, acceptance, revisit, APP,
        // progress review; no quarterly review was recorded, so the first one stays not recorded
        // rather than turning into "no longer needed" (docs/domain-rules.md §1.4)
        Inspection closed = aClosedCumbriaInspection();

        // then
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.version()).isEqualTo(10);
        assertThat(deadlinesOf(closed))
                .isEqualTo(
                        """
                WSOA_SUBMISSION                    2019-08-21 MET 2019-08-20
                WSOA_RESUBMISSION                  2019-10-08 MET 2019-10-07
                MONITORING_REVIEW                  2020-01-18 NOT_RECORDED
                REVISIT                            2021-04-18 MET 2021-03-08
                REVISIT_REPORT                     2021-04-24 MET_LATE 2021-04-26
                APP_SUBMISSION                     2021-06-30 MET 2021-06-28
                PROGRESS_REVIEW                    2021-11-04 MET 2021-10-20""");
        assertThat(keyDatesOf(closed))
                .containsExactly(
                        Map.entry(KeyDates.REPORT_RECEIVED, LocalDate.of(2019, 5, 14)),
                        Map.entry(KeyDates.REPORT_PUBLISHED, LocalDate.of(2019, 5, 22)),
                        Map.entry(KeyDates.WSOA_SUBMITTED, LocalDate.of(2019, 10, 7)),
                        Map.entry(KeyDates.WSOA_NOT_FIT, LocalDate.of(2019, 9, 10)),
                        Map.entry(KeyDates.WSOA_ACCEPTED, LocalDate.of(2019, 10, 18)),
                        Map.entry(KeyDates.REVISIT_NOTIFIED, LocalDate.of(2021, 3, 8)),
                        Map.entry(KeyDates.REVISIT_STARTS, LocalDate.of(2021, 3, 22)),
                        Map.entry(KeyDates.REVISIT_REPORT_EXPECTED, LocalDate.of(2021, 4, 24)),
                        Map.entry(KeyDates.REVISIT_REPORT_RECEIVED, LocalDate.of(2021, 4, 26)),
                        Map.entry(KeyDates.REVISIT_REPORT_PUBLISHED, LocalDate.of(2021, 5, 4)),
                        Map.entry(KeyDates.APP_SUBMITTED, LocalDate.of(2021, 6, 28)),
                        Map.entry(KeyDates.PROGRESS_REVIEW_HELD, LocalDate.of(2021, 10, 20)));
        assertThat(Lifecycle.of(Framework.LASEND_2016).allowed(closed)).isEmpty();
    }

    @Test
    void revisitNotified_cancelsTheQuarterlyReviewNotYetDue() {
        // given a review held 15 January 2020, so the next is due 15 April 2020
        Inspection reviewed =
                accepted(
                                aCumbriaInspectionInMonitoring(),
                                "MONITORING_VISIT",
                                """
                {"on": "2020-01-15", "statuses": {"1": "ON_TRACK"}}""")
                        .next();

        // when the revisit is notified before that
        Inspection next =
                accepted(
                                reviewed,
                                "REVISIT_NOTIFIED",
                                """
                {"on": "2020-03-02"}""")
                        .next();

        // then the review not yet due no longer applies; the revisit report is awaited
        assertThat(deadlinesOf(next))
                .endsWith(
                        """
                MONITORING_REVIEW-2                2020-04-15 CANCELLED
                REVISIT_REPORT                     2020-04-18 NOT_RECORDED""");
    }

    @Test
    void aMissedReview_canStillBeRecordedAfterTheRevisitIsNotified_andIsMetLate() {
        // given the revisit notified with the review of 18 January 2020 not recorded
        Inspection inspection = aCumbriaInspectionAwaitingItsRevisitReport();

        // when the review is recorded (held, say, on 8 March 2021)
        Inspection next =
                accepted(
                                inspection,
                                "MONITORING_VISIT",
                                """
                {"on": "2021-03-08", "statuses": {"1": "ON_TRACK"}}""")
                        .next();

        // then it is met, late (by calendar days: the rule counts months), and no new review starts
        Deadline review = next.deadline("MONITORING_REVIEW").orElseThrow();
        assertThat(review.statusOn(LocalDate.of(2021, 3, 9))).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(review.daysLate()).isEqualTo(415);
        assertThat(next.deadline("MONITORING_REVIEW-2")).isEmpty();
        assertThat(next.stage()).isEqualTo(Stage.REVISIT);
    }

    @Test
    void backdatedEvents_onTheSameDayAsThePreviousOne_areAccepted() {
        // an officer entering a past inspection records two steps of one day
        Inspection inspection = aCumbriaInspectionWithWsoaDue();

        Transition transition =
                accepted(
                        inspection,
                        "WSOA_SUBMITTED",
                        """
                {"on": "2019-05-14"}""");

        assertThat(transition.next().lastEventOn()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(transition.next().stage()).isEqualTo(Stage.WSOA_UNDER_REVIEW);
    }
}
