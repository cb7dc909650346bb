package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionAwaitingItsMonitoringInspectionReport;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionAwaitingReport;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionBetweenInspections;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionInMonitoring;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionInMonitoringWithEveryPlanPublished;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionWithItsPriorityActionPlanDue;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionWithOutcome;
import static org.sendtracker.inspection.model.Recording.CONTEXT;
import static org.sendtracker.inspection.model.Recording.accepted;
import static org.sendtracker.inspection.model.Recording.deadlinesOf;
import static org.sendtracker.inspection.model.Recording.decide;
import static org.sendtracker.inspection.model.Recording.fieldErrors;
import static org.sendtracker.inspection.model.Recording.keyDatesOf;
import static org.sendtracker.inspection.model.Recording.notAllowed;
import static org.sendtracker.inspection.model.Recording.weaknessesOf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;
import org.sendtracker.rules.OffsetUnit;
import org.sendtracker.rules.RuleBook;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;

/**
 * The AREA_SEND_2023 lifecycle (docs/domain-rules.md §1.2), walked through a Norfolk inspection
 * reported on 14 September 2023.
 */
class AreaSend2023LifecycleTest {

    @Test
    void outcomeThree_setsThePriorityActionPlanStrategicPlanMonitoringAndNextInspectionDeadlines() {
        // given
        Inspection inspection = aNorfolkInspectionAwaitingReport();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "REPORT_RECEIVED",
                        """
                {"on": "2023-09-14", "publishedOn": "2023-09-21", "outcome": 3,
                 "weaknesses": ["Timeliness and quality of EHC plans", "Oversight of alternative provision"]}""");

        // then: PAP 35 and 70 working days, strategic plan 50 days, monitoring 18 months, next
        // inspection 3 years
        Inspection next = transition.next();
        assertThat(next.stage()).isEqualTo(Stage.ACTION_PLAN_DUE);
        assertThat(next.outcome()).isEqualTo(3);
        assertThat(deadlinesOf(next))
                .isEqualTo(
                        """
                STRATEGIC_PLAN_UPDATE              2023-11-03 OVERDUE
                NEXT_FULL_INSPECTION               2026-09-14 NOT_RECORDED
                PRIORITY_ACTION_PLAN_SUBMISSION    2023-11-02 OVERDUE
                PRIORITY_ACTION_PLAN_PUBLICATION   2023-12-21 OVERDUE
                MONITORING_INSPECTION              2025-03-14 NOT_RECORDED""");
        assertThat(weaknessesOf(next))
                .isEqualTo(
                        """
                1. Timeliness and quality of EHC plans: NOT_STARTED
                2. Oversight of alternative provision: NOT_STARTED""");
        assertThat(transition.summary())
                .isEqualTo(
                        "Report received on 14 September 2023 with outcome 3 (widespread and/or"
                                + " systemic failings); priority action plan due 2 November 2023.");
    }

    @Test
    void outcomeOne_expectsTheNextFullInspectionInFiveYears_andAnnualEngagement() {
        // given
        Inspection inspection = aNorfolkInspectionAwaitingReport();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "REPORT_RECEIVED",
                        """
                {"on": "2023-09-14", "outcome": 1}""");

        // then
        assertThat(transition.next().stage()).isEqualTo(Stage.ENGAGEMENT);
        assertThat(deadlinesOf(transition.next()))
                .isEqualTo(
                        """
                STRATEGIC_PLAN_UPDATE              2023-11-03 OVERDUE
                NEXT_FULL_INSPECTION               2028-09-14 OPEN
                ENGAGEMENT_MEETING                 2024-09-14 NOT_RECORDED""");
        assertThat(transition.summary())
                .isEqualTo("Report received on 14 September 2023 with outcome 1.");
    }

    @Test
    void outcomeTwo_expectsTheNextFullInspectionInThreeYears_withoutAPriorityActionPlan() {
        Inspection inspection = aNorfolkInspectionWithOutcome(2);

        assertThat(inspection.stage()).isEqualTo(Stage.ENGAGEMENT);
        assertThat(deadlinesOf(inspection))
                .isEqualTo(
                        """
                STRATEGIC_PLAN_UPDATE              2023-11-03 OVERDUE
                NEXT_FULL_INSPECTION               2026-09-14 NOT_RECORDED
                ENGAGEMENT_MEETING                 2024-09-14 NOT_RECORDED""");
    }

    @Test
    void nextFullInspectionRule_isTheHandbooksFigureForTheOutcome() {
        Deadline afterOutcomeOne =
                aNorfolkInspectionWithOutcome(1)
                        .outstanding(DeadlineKind.NEXT_FULL_INSPECTION)
                        .orElseThrow();
        Deadline afterOutcomeTwo =
                aNorfolkInspectionWithOutcome(2)
                        .outstanding(DeadlineKind.NEXT_FULL_INSPECTION)
                        .orElseThrow();

        assertThat(afterOutcomeOne.rule())
                .isEqualTo(
                        "the next full inspection about 5 years after a typically positive (outcome 1) report");
        assertThat(afterOutcomeTwo.rule())
                .isEqualTo(
                        "the next full inspection within about 3 years after an outcome 2 or 3 report");
    }

    @Test
    void priorityActionPlanSubmitted_meetsItsDeadline_andStartsMonitoring() {
        // given
        Inspection inspection = aNorfolkInspectionWithItsPriorityActionPlanDue();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "PRIORITY_ACTION_PLAN_SUBMITTED",
                        """
                {"on": "2023-10-31"}""");

        // then
        assertThat(transition.next().stage()).isEqualTo(Stage.MONITORING);
        assertThat(
                        transition
                                .next()
                                .deadline("PRIORITY_ACTION_PLAN_SUBMISSION")
                                .orElseThrow()
                                .metOn())
                .isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(transition.summary())
                .isEqualTo("Priority action plan submitted on 31 October 2023.");
    }

    @Test
    void strategicPlanAndPriorityActionPlanPublished_meetTheirDeadlines_withoutChangingStage() {
        Inspection inspection = aNorfolkInspectionInMonitoringWithEveryPlanPublished();

        assertThat(inspection.stage()).isEqualTo(Stage.MONITORING);
        assertThat(deadlinesOf(inspection))
                .isEqualTo(
                        """
                STRATEGIC_PLAN_UPDATE              2023-11-03 MET 2023-11-01
                NEXT_FULL_INSPECTION               2026-09-14 NOT_RECORDED
                PRIORITY_ACTION_PLAN_SUBMISSION    2023-11-02 MET 2023-10-31
                PRIORITY_ACTION_PLAN_PUBLICATION   2023-12-21 MET 2023-12-15
                MONITORING_INSPECTION              2025-03-14 NOT_RECORDED""");
    }

    @Test
    void progressUpdate_inMonitoring_setsStatusesByNumberOrTitle() {
        Inspection inspection = aNorfolkInspectionInMonitoringWithEveryPlanPublished();

        Transition transition =
                accepted(
                        inspection,
                        "MONITORING_VISIT",
                        """
                {"on": "2024-03-12", "statuses": {"1": "ON_TRACK", "Oversight of alternative provision": "DELAYED"}}""");

        assertThat(weaknessesOf(transition.next()))
                .isEqualTo(
                        """
                1. Timeliness and quality of EHC plans: ON_TRACK
                2. Oversight of alternative provision: DELAYED""");
        assertThat(transition.summary())
                .isEqualTo("Progress update on 12 March 2024. Statuses: 1 on track, 2 delayed.");
    }

    @Test
    void monitoringInspectionNotified_expectsInspectorsTenWorkingDaysLater() {
        // given
        Inspection inspection = aNorfolkInspectionInMonitoringWithEveryPlanPublished();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "MONITORING_INSPECTION_NOTIFIED",
                        """
                {"on": "2025-02-03"}""");

        // then
        Inspection next = transition.next();
        assertThat(next.stage()).isEqualTo(Stage.MONITORING_INSPECTION);
        assertThat(keyDatesOf(next))
                .containsEntry(KeyDates.MONITORING_INSPECTION_STARTS, LocalDate.of(2025, 2, 17));
        assertThat(next.deadline("MONITORING_INSPECTION").orElseThrow().metOn())
                .isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(transition.summary())
                .isEqualTo(
                        "Monitoring inspection notified on 3 February 2025; inspectors arrive 17 February 2025.");
    }

    @Test
    void monitoringInspectionReport_recordsTheJudgements_andMovesToAnnualEngagement() {
        // given
        Inspection inspection = aNorfolkInspectionAwaitingItsMonitoringInspectionReport();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "MONITORING_INSPECTION_OUTCOME",
                        """
                {"on": "2025-03-20", "publishedOn": "2025-03-27", "sufficientProgress": {"1": true, "2": false}}""");

        // then
        Inspection next = transition.next();
        assertThat(next.stage()).isEqualTo(Stage.ENGAGEMENT);
        assertThat(weaknessesOf(next))
                .isEqualTo(
                        """
                1. Timeliness and quality of EHC plans: NOT_STARTED, sufficient progress
                2. Oversight of alternative provision: NOT_STARTED, insufficient progress""");
        assertThat(deadlinesOf(next))
                .endsWith("ENGAGEMENT_MEETING                 2026-03-20 NOT_RECORDED");
        assertThat(transition.summary())
                .isEqualTo(
                        "Monitoring inspection report received on 20 March 2025;"
                                + " next engagement meeting due 20 March 2026.");
    }

    @Test
    void engagementMeetingHeld_schedulesTheNextAYearLater() {
        Inspection inspection = aNorfolkInspectionBetweenInspections();

        Transition transition =
                accepted(
                        inspection,
                        "ENGAGEMENT_MEETING_HELD",
                        """
                {"on": "2026-03-10"}""");

        assertThat(transition.next().stage()).isEqualTo(Stage.ENGAGEMENT);
        assertThat(deadlinesOf(transition.next()))
                .endsWith(
                        """
                ENGAGEMENT_MEETING                 2026-03-20 MET 2026-03-10
                ENGAGEMENT_MEETING-2               2027-03-10 OPEN""");
    }

    @Test
    void nextInspectionNotified_closesTheCase_cancellingWhatIsStillOpen() {
        // given a year of engagement
        Inspection inspection =
                accepted(
                                aNorfolkInspectionBetweenInspections(),
                                "ENGAGEMENT_MEETING_HELD",
                                """
                {"on": "2026-03-10"}""")
                        .next();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "NEXT_INSPECTION_NOTIFIED",
                        """
                {"on": "2026-09-07"}""");

        // then
        assertThat(transition.next().stage()).isEqualTo(Stage.CLOSED);
        assertThat(deadlinesOf(transition.next()))
                .isEqualTo(
                        """
                STRATEGIC_PLAN_UPDATE              2023-11-03 MET 2023-11-01
                NEXT_FULL_INSPECTION               2026-09-14 MET 2026-09-07
                PRIORITY_ACTION_PLAN_SUBMISSION    2023-11-02 MET 2023-10-31
                PRIORITY_ACTION_PLAN_PUBLICATION   2023-12-21 MET 2023-12-15
                MONITORING_INSPECTION              2025-03-14 MET 2025-02-03
                ENGAGEMENT_MEETING                 2026-03-20 MET 2026-03-10
                ENGAGEMENT_MEETING-2               2027-03-10 CANCELLED""");
        assertThat(transition.summary())
                .isEqualTo(
                        "Next full inspection notified on 7 September 2026; this case is closed"
                                + " (record the new inspection separately).");
    }

    @Test
    void strategicPlanDeadline_followsACouncilsCorrectedRule() {
        // given a council counting the 50 days of the strategic plan as working days
        RuleBook corrected =
                RuleBook.of(
                        BuiltInRules.get().all().stream()
                                .map(
                                        rule ->
                                                rule.kind() == DeadlineKind.STRATEGIC_PLAN_UPDATE
                                                        ? new DeadlineRule(
                                                                rule.framework(),
                                                                rule.kind(),
                                                                rule.variant(),
                                                                rule.amount(),
                                                                OffsetUnit.WORKING_DAYS,
                                                                rule.description(),
                                                                rule.source(),
                                                                rule.note(),
                                                                rule.owner(),
                                                                rule.escalateTo(),
                                                                rule.setBy())
                                                        : rule)
                                .toList());
        EventContext council =
                new EventContext(CONTEXT.today(), CONTEXT.now(), CONTEXT.calendar(), corrected);

        // when
        Inspection next =
                decide(
                                aNorfolkInspectionAwaitingReport(),
                                "REPORT_RECEIVED",
                                """
                {"on": "2023-09-14", "outcome": 1}""",
                                council)
                        .orElseThrow()
                        .next();

        // then 50 working days after 14 September 2023, not 50 calendar days (3 November)
        assertThat(next.outstanding(DeadlineKind.STRATEGIC_PLAN_UPDATE).orElseThrow().dueOn())
                .isEqualTo(LocalDate.of(2023, 11, 23));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no outcome            | {\"on\": \"2023-09-14\"}"
                        + " | outcome | Enter the outcome (1, 2 or 3)",
                "outcome 4             | {\"on\": \"2023-09-14\", \"outcome\": 4}"
                        + " | outcome | The outcome must be a whole number from 1 to 3",
                "a string for a number | {\"on\": \"2023-09-14\", \"outcome\": \"three\"}"
                        + " | outcome | The outcome must be a whole number from 1 to 3",
                "a 2016 field          | {\"on\": \"2023-09-14\", \"outcome\": 3, \"wsoaRequired\": true}"
                        + " | wsoaRequired | Whether a WSoA is required is said only after a local area SEND inspection (2016 framework); an area SEND inspection (2023 framework) gives an outcome from 1 to 3",
                "areas with outcome 1  | {\"on\": \"2023-09-14\", \"outcome\": 1, \"weaknesses\": [\"Something\"]}"
                        + " | weaknesses | Areas for priority action come only with outcome 3, which asks for a priority action plan: remove them, or choose outcome 3",
                "areas with outcome 2  | {\"on\": \"2023-09-14\", \"outcome\": 2, \"weaknesses\": [\"Something\"]}"
                        + " | weaknesses | Areas for priority action come only with outcome 3, which asks for a priority action plan: remove them, or choose outcome 3",
                "before it ended       | {\"on\": \"2023-07-06\", \"outcome\": 2}"
                        + " | on | The report cannot have been received before the inspection ended (7 July 2023)",
                "no such day, published | {\"on\": \"2023-09-31\", \"publishedOn\": \"2023-10-05\", \"outcome\": 2}"
                        + " | on | The date the report was received must be a real date (31 September 2023 does not exist)",
                "no date, but published | {\"publishedOn\": \"2023-10-05\", \"outcome\": 2}"
                        + " | on | Enter the date the report was received",
            })
    void malformedReport_isRefused_naming(
            String problem, String json, String field, String message) {
        var result = decide(aNorfolkInspectionAwaitingReport(), "REPORT_RECEIVED", json);

        assertThat(fieldErrors(result)).containsExactly(new FieldError(field, message));
    }

    @Test
    void aLasend2016Event_isNotAnEventOfA2023Inspection() {
        var result =
                decide(
                        aNorfolkInspectionInMonitoring(),
                        "WSOA_SUBMITTED",
                        """
                {"on": "2023-11-01"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "type",
                                "'WSOA_SUBMITTED' is not an event of an area SEND inspection (2023 framework):"
                                        + " send one of REPORT_RECEIVED (Report received),"
                                        + " MONITORING_VISIT (DfE and NHS England monitoring visit),"
                                        + " STRATEGIC_PLAN_PUBLISHED (Strategic plan published),"
                                        + " PRIORITY_ACTION_PLAN_SUBMITTED (Priority action plan submitted),"
                                        + " PRIORITY_ACTION_PLAN_PUBLISHED (Priority action plan published),"
                                        + " ENGAGEMENT_MEETING_HELD (Engagement meeting held),"
                                        + " MONITORING_INSPECTION_NOTIFIED (Monitoring inspection notified),"
                                        + " MONITORING_INSPECTION_OUTCOME (Monitoring inspection outcome),"
                                        + " NEXT_INSPECTION_NOTIFIED (Next full inspection notified)"
                                        + " or DEADLINE_OVERRIDDEN (Deadline overridden)"));
    }

    @Test
    void monitoringInspectionReportBeforeInspectorsArrived_isRefused() {
        var result =
                decide(
                        aNorfolkInspectionAwaitingItsMonitoringInspectionReport(),
                        "MONITORING_INSPECTION_OUTCOME",
                        """
                {"on": "2025-02-10"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "on",
                                "The monitoring inspection report cannot have been received before the inspection started (17 February 2025)"));
    }

    @Test
    void publishingThePriorityActionPlanBeforeSubmittingIt_isAConflict() {
        Rejection.NotAllowed conflict =
                notAllowed(
                        decide(
                                aNorfolkInspectionWithItsPriorityActionPlanDue(),
                                "PRIORITY_ACTION_PLAN_PUBLISHED",
                                """
                {"on": "2023-10-20"}"""));

        assertThat(conflict.message())
                .isEqualTo(
                        "'Priority action plan published' cannot be recorded at the stage 'Priority"
                                + " action plan due': the steps that can be recorded now are"
                                + " 'Strategic plan published', 'Priority action plan submitted'"
                                + " and 'Deadline overridden'");
    }

    @Test
    void anAppDate_isNotAFieldOfAMonitoringInspectionOutcome() {
        var result =
                decide(
                        aNorfolkInspectionAwaitingItsMonitoringInspectionReport(),
                        "MONITORING_INSPECTION_OUTCOME",
                        """
                {"on": "2025-03-20", "appDueOn": "2025-06-30"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "appDueOn",
                                "'appDueOn' is not a field here; expected one of [illustrative, note, on, publishedOn, sufficientProgress]"));
    }
}
