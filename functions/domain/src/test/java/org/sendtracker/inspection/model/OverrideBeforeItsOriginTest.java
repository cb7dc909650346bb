package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionBetweenInspections;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionWithItsPriorityActionPlanDue;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionWithOutcome;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionAskedToResubmitItsWsoa;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionAwaitingItsRevisitReport;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionInAcceleratedProgress;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionInMonitoring;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithWsoaDue;
import static org.sendtracker.inspection.model.Recording.accepted;
import static org.sendtracker.inspection.model.Recording.decide;
import static org.sendtracker.inspection.model.Recording.fieldErrors;
import static org.sendtracker.inspection.model.Recording.record;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.shared.FieldError;

/**
 * A due date cannot be changed to before the step that set it (docs/domain-rules.md §1.4, "Changing
 * a due date"): for each kind of deadline, under both frameworks, the day before that step is
 * refused on {@code dueOn}, naming the step's date, and the day itself is accepted.
 */
class OverrideBeforeItsOriginTest {

    // LASEND_2016: Cumbria, report received 14 May 2019

    @Test
    void wsoaSubmission_notBeforeTheReportWasReceived() {
        notBefore(
                aCumbriaInspectionWithWsoaDue(),
                "WSOA_SUBMISSION",
                "2019-05-14",
                "14 May 2019, the date the report was received");
    }

    @Test
    void wsoaResubmission_notBeforeTheDecisionThatSetIt() {
        // judged not fit for purpose on 10 September 2019, resubmit by 8 October
        notBefore(
                aCumbriaInspectionAskedToResubmitItsWsoa(),
                "WSOA_RESUBMISSION",
                "2019-09-10",
                "10 September 2019, the date of the decision that set it");
    }

    @Test
    void revisitAndFirstMonitoringVisit_notBeforeTheWsoaWasAccepted() {
        // accepted 18 October 2019
        notBefore(
                aCumbriaInspectionInMonitoring(),
                "REVISIT",
                "2019-10-18",
                "18 October 2019, the date the WSoA was accepted");
        notBefore(
                aCumbriaInspectionInMonitoring(),
                "MONITORING_REVIEW",
                "2019-10-18",
                "18 October 2019, the date the WSoA was accepted");
    }

    @Test
    void aLaterMonitoringVisit_notBeforeTheVisitThatSetIt() {
        Inspection visited =
                record(
                        aCumbriaInspectionInMonitoring(),
                        "MONITORING_VISIT",
                        """
                {"on": "2020-01-15", "statuses": {"1": "ON_TRACK"}}""");

        notBefore(
                visited,
                "MONITORING_REVIEW-2",
                "2020-01-15",
                "15 January 2020, the date of the monitoring visit that set it");
    }

    @Test
    void revisitReport_notBeforeTheRevisitWasNotified() {
        // notified 8 March 2021
        notBefore(
                aCumbriaInspectionAwaitingItsRevisitReport(),
                "REVISIT_REPORT",
                "2021-03-08",
                "8 March 2021, the date the revisit was notified");
    }

    @Test
    void acceleratedProgressPlanAndFormalReview_notBeforeTheRevisitReportWasReceived() {
        // revisit report received 26 April 2021 (published 4 May)
        notBefore(
                aCumbriaInspectionInAcceleratedProgress(),
                "APP_SUBMISSION",
                "2021-04-26",
                "26 April 2021, the date the revisit report was received");
        notBefore(
                aCumbriaInspectionInAcceleratedProgress(),
                "PROGRESS_REVIEW",
                "2021-04-26",
                "26 April 2021, the date the revisit report was received");
    }

    // AREA_SEND_2023: Norfolk, report received 14 September 2023

    @Test
    void everyDeadlineOfAnOutcomeThreeReport_notBeforeTheReportWasReceived() {
        for (String deadline :
                new String[] {
                    "STRATEGIC_PLAN_UPDATE",
                    "NEXT_FULL_INSPECTION",
                    "PRIORITY_ACTION_PLAN_SUBMISSION",
                    "PRIORITY_ACTION_PLAN_PUBLICATION",
                    "MONITORING_INSPECTION"
                }) {
            notBefore(
                    aNorfolkInspectionWithItsPriorityActionPlanDue(),
                    deadline,
                    "2023-09-14",
                    "14 September 2023, the date the report was received");
        }
    }

    @Test
    void theFirstEngagementMeetingAfterOutcomeOne_notBeforeTheReportWasReceived() {
        notBefore(
                aNorfolkInspectionWithOutcome(1),
                "ENGAGEMENT_MEETING",
                "2023-09-14",
                "14 September 2023, the date the report was received");
    }

    @Test
    void theEngagementMeetingAfterAMonitoringInspection_notBeforeItsReportWasReceived() {
        // monitoring inspection report received 20 March 2025
        notBefore(
                aNorfolkInspectionBetweenInspections(),
                "ENGAGEMENT_MEETING",
                "2025-03-20",
                "20 March 2025, the date the monitoring inspection report was received");
    }

    @Test
    void aLaterEngagementMeeting_notBeforeTheMeetingThatSetIt() {
        Inspection met =
                record(
                        aNorfolkInspectionBetweenInspections(),
                        "ENGAGEMENT_MEETING_HELD",
                        """
                {"on": "2026-03-10"}""");

        notBefore(
                met,
                "ENGAGEMENT_MEETING-2",
                "2026-03-10",
                "10 March 2026, the date of the engagement meeting that set it");
    }

    @Test
    void aBoardReport_isSetByItsCadenceNotByAStep_soOnlyTheNotificationBoundsIt() {
        // a board's report due 15 January 2020 on an inspection notified 11 March 2019
        Inspection inspection = aCumbriaInspectionInMonitoring();
        Inspection withReport =
                inspection
                        .change()
                        .addDeadline(
                                Deadline.setBy(
                                        "BOARD_REPORT-board-2020-01-15",
                                        BuiltInRules.get()
                                                .rule(
                                                        inspection.framework(),
                                                        DeadlineKind.BOARD_REPORT),
                                        LocalDate.of(2020, 1, 15),
                                        Instant.parse("2019-11-01T09:00:00Z")))
                        .recordedAt(Instant.parse("2019-11-01T09:00:00Z"));

        Deadline moved =
                accepted(
                                withReport,
                                "DEADLINE_OVERRIDDEN",
                                override("BOARD_REPORT-board-2020-01-15", "2019-03-11"))
                        .next()
                        .deadline("BOARD_REPORT-board-2020-01-15")
                        .orElseThrow();

        assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2019, 3, 11));
    }

    @Test
    void aDateBeforeTheNotification_isStillRefusedAsBefore_notAsBeforeTheStep() {
        assertThat(
                        fieldErrors(
                                decide(
                                        aCumbriaInspectionAskedToResubmitItsWsoa(),
                                        "DEADLINE_OVERRIDDEN",
                                        override("WSOA_RESUBMISSION", "2019-03-01"))))
                .containsExactly(
                        new FieldError(
                                "dueOn",
                                "The new due date cannot be before the inspection was notified (11 March 2019)"));
    }

    /**
     * Moving {@code deadline} to the day before {@code origin} is refused on {@code dueOn} with
     * "The new due date cannot be before {@code named}"; moving it to {@code origin} is accepted.
     */
    private static void notBefore(
            Inspection inspection, String deadline, String origin, String named) {
        LocalDate day = LocalDate.parse(origin);
        assertThat(
                        fieldErrors(
                                decide(
                                        inspection,
                                        "DEADLINE_OVERRIDDEN",
                                        override(deadline, day.minusDays(1).toString()))))
                .as(deadline)
                .containsExactly(
                        new FieldError("dueOn", "The new due date cannot be before " + named));
        Deadline moved =
                accepted(inspection, "DEADLINE_OVERRIDDEN", override(deadline, origin))
                        .next()
                        .deadline(deadline)
                        .orElseThrow();
        assertThat(moved.dueOn()).as(deadline).isEqualTo(day);
    }

    private static String override(String deadline, String dueOn) {
        return """
                {"deadline": "%s", "dueOn": "%s", "reason": "Agreed with the inspectorates"}"""
                .formatted(deadline, dueOn);
    }
}
