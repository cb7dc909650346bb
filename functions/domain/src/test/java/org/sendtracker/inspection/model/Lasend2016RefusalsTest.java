package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.EHC_PLANS;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionAwaitingItsRevisitReport;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionAwaitingReport;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionInMonitoring;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithWsoaDue;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithWsoaUnderReview;
import static org.sendtracker.inspection.model.Recording.decide;
import static org.sendtracker.inspection.model.Recording.fieldErrors;
import static org.sendtracker.inspection.model.Recording.refusal;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;

/**
 * Malformed or impossible input to a LASEND_2016 inspection: a 400 with a message per field, worded
 * for the officer.
 */
class Lasend2016RefusalsTest {

    @Test
    void wsoaDatedBeforeTheReportWasReceived_isRefused() {
        // given a report received on 14 May 2019
        Inspection inspection = aCumbriaInspectionWithWsoaDue();

        // when
        var result =
                decide(
                        inspection,
                        "WSOA_SUBMITTED",
                        """
                {"on": "2019-05-10"}""");

        // then
        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "on",
                                "The date the WSoA was submitted cannot be before 14 May 2019, the date of 'Report received'"));
    }

    @Test
    void reportDatedBeforeTheNotification_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-03-01", "wsoaRequired": false}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "on",
                                "The date the report was received cannot be before 11 March 2019, the date of the notification"));
    }

    @Test
    void reportReceivedBeforeTheInspectionEnded_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-03-20", "wsoaRequired": false}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "on",
                                "The report cannot have been received before the inspection ended (22 March 2019)"));
    }

    @Test
    void impossibleDate_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-02-30", "wsoaRequired": false}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "on",
                                "The date the report was received must be a real date (30 February 2019 does not exist)"));
    }

    @Test
    void eventDatedInTheFuture_isRefused() {
        // given today is 23 November 2026
        var result =
                decide(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": "2026-11-24", "wsoaRequired": false}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "on",
                                "The date the report was received must be today or in the past"));
    }

    @Test
    void eventDatedToday_isAccepted() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": "2026-11-23", "wsoaRequired": false}""");

        assertThat(result.isOk()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a string for a boolean | {\"on\": \"2019-05-14\", \"wsoaRequired\": \"yes\"}"
                        + " | wsoaRequired | 'wsoaRequired' must be true or false",
                "a number for a date    | {\"on\": 20190514, \"wsoaRequired\": false}"
                        + " | on | The date the report was received must be a date in the form YYYY-MM-DD, for example 2019-05-14",
                "an object for a list   | {\"on\": \"2019-05-14\", \"wsoaRequired\": true, \"weaknesses\": {\"1\": \"SEN support\"}}"
                        + " | weaknesses | Areas of weakness must be a list of text",
                "a number in a list     | {\"on\": \"2019-05-14\", \"wsoaRequired\": true, \"weaknesses\": [\"SEN support\", 2]}"
                        + " | weaknesses[1] | Each of the areas of weakness must be non-empty text",
                "a date not in ISO form | {\"on\": \"14/05/2019\", \"wsoaRequired\": false}"
                        + " | on | The date the report was received must be a date in the form YYYY-MM-DD, for example 2019-05-14",
                "a typo in a field name | {\"on\": \"2019-05-14\", \"wsoaRequired\": false, \"publishedon\": \"2019-05-22\"}"
                        + " | publishedon | 'publishedon' is not a field here; expected one of [illustrative, note, on, outcome, publishedOn, weaknesses, wsoaRequired]",
                "no date                | {\"wsoaRequired\": false}"
                        + " | on | Enter the date the report was received",
                "no date, but published | {\"publishedOn\": \"2019-05-22\", \"wsoaRequired\": false}"
                        + " | on | Enter the date the report was received",
                "no such day, published | {\"on\": \"2019-02-29\", \"publishedOn\": \"2019-05-22\", \"wsoaRequired\": false}"
                        + " | on | The date the report was received must be a real date (29 February 2019 does not exist)",
                "no WSoA answer         | {\"on\": \"2019-05-14\"}"
                        + " | wsoaRequired | Select whether a Written Statement of Action is required",
                "a WSoA without weaknesses | {\"on\": \"2019-05-14\", \"wsoaRequired\": true}"
                        + " | weaknesses | Enter the areas of significant weakness the WSoA must address (1 to 30)",
                "weaknesses without a WSoA | {\"on\": \"2019-05-14\", \"wsoaRequired\": false, \"weaknesses\": [\"SEN support\"]}"
                        + " | weaknesses | Areas of significant weakness come with a Written Statement of Action: remove them, or say a WSoA is required",
                "one weakness twice     | {\"on\": \"2019-05-14\", \"wsoaRequired\": true, \"weaknesses\": [\"SEN support\", \"SEN support\"]}"
                        + " | weaknesses | Each area of weakness must have a different title",
                "one weakness twice, in another case | {\"on\": \"2019-05-14\", \"wsoaRequired\": true, \"weaknesses\": [\"SEN support\", \"sen  Support\"]}"
                        + " | weaknesses | Each area of weakness must have a different title",
                "a weakness titled as a number | {\"on\": \"2019-05-14\", \"wsoaRequired\": true, \"weaknesses\": [\" 2 \", \"SEN support\"]}"
                        + " | weaknesses | Give each area of weakness a title in words, not only a number: weaknesses are numbered in the order given",
                "published before received | {\"on\": \"2019-05-14\", \"publishedOn\": \"2019-05-13\", \"wsoaRequired\": false}"
                        + " | publishedOn | The date the report was published must be on or after the date it was received",
                "a 2023 outcome on a 2016 report | {\"on\": \"2019-05-14\", \"wsoaRequired\": true, \"weaknesses\": [\"SEN support\"], \"outcome\": 3}"
                        + " | outcome | An outcome (1 to 3) is given only after an area SEND inspection (2023 framework); for a local area SEND inspection (2016 framework) say whether a WSoA is required",
            })
    void malformedReport_isRefused_naming(
            String problem, String json, String field, String message) {
        // given
        Inspection inspection = aCumbriaInspectionAwaitingReport();

        // when
        var result = decide(inspection, "REPORT_RECEIVED", json);

        // then
        assertThat(fieldErrors(result)).containsExactly(new FieldError(field, message));
    }

    @Test
    void everyProblemOfOneRequest_isReportedAtOnce() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": 20190514, "wsoaRequired": "yes", "weaknesses": {"1": "SEN support"}}""");

        Rejection rejection = refusal(result);
        assertThat(rejection.message()).isEqualTo("There are 3 problems with the request");
        assertThat(fieldErrors(result))
                .extracting(FieldError::field)
                .containsExactly("on", "wsoaRequired", "weaknesses");
    }

    @Test
    void anOrderErrorAndTheChecksAgainstTheRecord_areReportedInOnePass() {
        // given an inspection notified 11 March 2019 that ended 22 March
        Inspection inspection = aCumbriaInspectionAwaitingReport();

        // when a report is dated before the notification, published before it was received, and
        // says nothing of a WSoA
        var result =
                decide(
                        inspection,
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-03-01", "publishedOn": "2019-02-28"}""");

        // then every error comes back at once, one per field (the date's first: that it is before
        // the notification, not also that it is before the inspection ended)
        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "on",
                                "The date the report was received cannot be before 11 March 2019, the date of the notification"),
                        new FieldError(
                                "publishedOn",
                                "The date the report was published must be on or after the date it was received"),
                        new FieldError(
                                "wsoaRequired",
                                "Select whether a Written Statement of Action is required"));
    }

    @Test
    void aFieldErrorAndAnOrderError_areReportedInOnePass() {
        // given a WSoA submitted on 20 August 2019
        Inspection inspection = aCumbriaInspectionWithWsoaUnderReview();

        // when its decision is dated before the submission and does not say whether it is fit
        var result =
                decide(
                        inspection,
                        "WSOA_DECISION",
                        """
                {"on": "2019-08-01", "fitForPurpose": "perhaps"}""");

        // then both come back together
        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError("fitForPurpose", "'fitForPurpose' must be true or false"),
                        new FieldError(
                                "on",
                                "The date of the decision cannot be before 20 August 2019, the date of 'WSoA submitted'"));
    }

    @Test
    void aRevisitOutcomeWithAFaultyJudgement_isNotAlsoToldAboutItsAppDate() {
        // an Accelerated Progress Plan's need cannot be judged while a judgement is unreadable
        var result =
                decide(
                        aCumbriaInspectionAwaitingItsRevisitReport(),
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-03-15", "appDueOn": "2021-06-30",
                 "sufficientProgress": {"1": true, "2": true, "3": "partly"}}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "sufficientProgress.3",
                                "Select whether area of weakness 3 made sufficient progress"),
                        new FieldError(
                                "on",
                                "The revisit report cannot have been received before the revisit started (22 March 2021)"));
    }

    @Test
    void fourteenAreasOfWeakness_areAccepted() {
        // real reports have named 13 and 14 (Ofsted's statistics; docs/domain-rules.md §1.5)
        var result =
                decide(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-05-14", "wsoaRequired": true, "weaknesses": [%s]}"""
                                .formatted(weaknesses(14)));

        assertThat(result.isOk()).isTrue();
        assertThat(result.orElseThrow().next().weaknesses()).hasSize(14);
    }

    @Test
    void thirtyAreasOfWeakness_areAccepted_andThirtyOne_refused() {
        var thirty =
                decide(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-05-14", "wsoaRequired": true, "weaknesses": [%s]}"""
                                .formatted(weaknesses(30)));
        var thirtyOne =
                decide(
                        aCumbriaInspectionAwaitingReport(),
                        "REPORT_RECEIVED",
                        """
                {"on": "2019-05-14", "wsoaRequired": true, "weaknesses": [%s]}"""
                                .formatted(weaknesses(31)));

        assertThat(thirty.isOk()).isTrue();
        assertThat(fieldErrors(thirtyOne))
                .containsExactly(
                        new FieldError("weaknesses", "There can be at most 30 areas of weakness"));
    }

    private static String weaknesses(int count) {
        return String.join(
                ", ",
                IntStream.rangeClosed(1, count).mapToObj(i -> "\"Weakness " + i + "\"").toList());
    }

    @Test
    void unknownEventType_isRefused_listingTheFrameworksEvents() {
        var result = decide(aCumbriaInspectionAwaitingReport(), "WSOA_SENT", "{}");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "type",
                                "'WSOA_SENT' is not an event of a local area SEND inspection (2016 framework):"
                                        + " send one of REPORT_RECEIVED (Report received), WSOA_SUBMITTED (WSoA submitted),"
                                        + " WSOA_DECISION (WSoA decision), MONITORING_VISIT (DfE and NHS England monitoring visit),"
                                        + " REVISIT_NOTIFIED (Revisit notified), REVISIT_OUTCOME (Revisit outcome),"
                                        + " APP_SUBMITTED (Accelerated Progress Plan submitted),"
                                        + " PROGRESS_REVIEW_HELD (Formal progress review held) or DEADLINE_OVERRIDDEN (Deadline overridden)"));
    }

    @Test
    void anAreaSend2023Event_isNotAnEventOfA2016Inspection() {
        var result =
                decide(
                        aCumbriaInspectionInMonitoring(),
                        "STRATEGIC_PLAN_PUBLISHED",
                        """
                {"on": "2020-01-10"}""");

        assertThat(fieldErrors(result))
                .singleElement()
                .satisfies(
                        error -> {
                            assertThat(error.field()).isEqualTo("type");
                            assertThat(error.message())
                                    .startsWith(
                                            "'STRATEGIC_PLAN_PUBLISHED' is not an event of a local area SEND inspection (2016 framework)");
                        });
    }

    @Test
    void notFitForPurposeWithoutAResubmissionDate_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionWithWsoaUnderReview(),
                        "WSOA_DECISION",
                        """
                {"on": "2019-09-10", "fitForPurpose": false}""");

        assertThat(fieldErrors(result))
                .containsExactly(new FieldError("resubmitBy", "Enter the date to resubmit by"));
    }

    @Test
    void resubmissionDateOnOrBeforeTheDecision_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionWithWsoaUnderReview(),
                        "WSOA_DECISION",
                        """
                {"on": "2019-09-10", "fitForPurpose": false, "resubmitBy": "2019-09-10"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "resubmitBy",
                                "The date to resubmit by must be after the date of the decision"));
    }

    @Test
    void fitForPurposeWithAResubmissionDate_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionWithWsoaUnderReview(),
                        "WSOA_DECISION",
                        """
                {"on": "2019-09-10", "fitForPurpose": true, "resubmitBy": "2019-10-08"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "resubmitBy",
                                "Leave the resubmission date empty when the WSoA is fit for purpose"));
    }

    @Test
    void monitoringVisitWithAnUnknownStatus_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionInMonitoring(),
                        "MONITORING_VISIT",
                        """
                {"on": "2020-01-15", "statuses": {"1": "AMBER"}}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "statuses.1",
                                "The status must be one of NOT_STARTED (Not started), ON_TRACK (On track),"
                                        + " DELAYED (Delayed) or COMPLETE (Complete)",
                                // the form names the area of weakness, in words, not codes
                                "Choose the status of area of weakness 1: Not started, On track,"
                                        + " Delayed or Complete"));
    }

    @Test
    void monitoringVisitNamingAWeaknessTheReportDidNot_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionInMonitoring(),
                        "MONITORING_VISIT",
                        """
                {"on": "2020-01-15", "statuses": {"Short breaks": "ON_TRACK"}}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "statuses.Short breaks",
                                "There is no area of weakness 'Short breaks'; this inspection has 3"));
    }

    @Test
    void monitoringVisitGivingOneWeaknessTwoStatuses_isRefused() {
        // given weakness 2 named by its number and by its title
        var result =
                decide(
                        aCumbriaInspectionInMonitoring(),
                        "MONITORING_VISIT",
                        """
                {"on": "2020-01-15", "statuses": {"2": "ON_TRACK", "%s": "DELAYED"}}"""
                                .formatted(EHC_PLANS));

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "statuses." + EHC_PLANS,
                                "Area of weakness 2 is given more than once"));
    }

    @Test
    void revisitNoticeWithInspectorsArrivingOnTheDayOfNotice_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionInMonitoring(),
                        "REVISIT_NOTIFIED",
                        """
                {"on": "2021-03-08", "startsOn": "2021-03-08"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "startsOn",
                                "The date inspectors arrive must be after the date the notice was given"));
    }

    @Test
    void revisitNoticeWithInspectorsArrivingMoreThanSixWeeksLater_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionInMonitoring(),
                        "REVISIT_NOTIFIED",
                        """
                {"on": "2021-03-08", "startsOn": "2021-04-20"}""");
        var sixWeeks =
                decide(
                        aCumbriaInspectionInMonitoring(),
                        "REVISIT_NOTIFIED",
                        """
                {"on": "2021-03-08", "startsOn": "2021-04-19"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "startsOn",
                                "The date inspectors arrive must be within 6 weeks of the date the notice was given"));
        assertThat(sixWeeks.isOk()).isTrue();
    }

    @Test
    void revisitOutcomeNamingWeaknessThirteen_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingItsRevisitReport(),
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-04-26", "sufficientProgress": {"1": true, "2": true, "3": true, "13": true}}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "sufficientProgress.13",
                                "There is no area of weakness '13'; this inspection has 3"));
    }

    @Test
    void revisitOutcomeNamingATitleTheReportDidNot_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingItsRevisitReport(),
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-04-26", "sufficientProgress": {"1": true, "2": true, "Transport": true}}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "sufficientProgress.Transport",
                                "There is no area of weakness 'Transport'; this inspection has 3"));
    }

    @Test
    void revisitOutcomeMissingAWeakness_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingItsRevisitReport(),
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-04-26", "sufficientProgress": {"1": true, "2": true}}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "sufficientProgress",
                                "Give a judgement for every area of weakness: there is none for area of weakness 3"));
    }

    @Test
    void revisitOutcomeJudgingOneWeaknessTwice_isRefused() {
        // given weakness 2 named by number and by title, weakness 3 not at all
        var result =
                decide(
                        aCumbriaInspectionAwaitingItsRevisitReport(),
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-04-26", "appDueOn": "2021-06-30",
                 "sufficientProgress": {"1": true, "2": true, "%s": false}}"""
                                .formatted(EHC_PLANS));

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "sufficientProgress." + EHC_PLANS,
                                "Area of weakness 2 is given more than once"));
    }

    @Test
    void revisitOutcomeWithoutJudgements_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingItsRevisitReport(),
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-04-26"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "sufficientProgress",
                                "Enter the judgement for each area of weakness"));
    }

    @Test
    void revisitOutcomeWithAJudgementThatIsNotYesOrNo_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingItsRevisitReport(),
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-04-26", "sufficientProgress": {"1": true, "2": true, "3": "partly"}}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "sufficientProgress.3",
                                "Select whether area of weakness 3 made sufficient progress"));
    }

    @Test
    void revisitOutcomeWithInsufficientProgressButNoAppDate_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingItsRevisitReport(),
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-04-26", "sufficientProgress": {"1": true, "2": true, "3": false}}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "appDueOn",
                                "Enter the date the Accelerated Progress Plan is due: an area of weakness made insufficient progress"));
    }

    @Test
    void revisitOutcomeWithSufficientProgressAndAnAppDate_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionAwaitingItsRevisitReport(),
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-04-26", "appDueOn": "2021-06-30", "sufficientProgress": {"1": true, "2": true, "3": true}}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "appDueOn",
                                "An Accelerated Progress Plan is only required when an area of weakness made insufficient progress"));
    }

    @Test
    void revisitReportBeforeTheRevisitStarted_isRefused() {
        // given inspectors arrive 22 March 2021
        var result =
                decide(
                        aCumbriaInspectionAwaitingItsRevisitReport(),
                        "REVISIT_OUTCOME",
                        """
                {"on": "2021-03-15", "sufficientProgress": {"1": true, "2": true, "3": true}}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "on",
                                "The revisit report cannot have been received before the revisit started (22 March 2021)"));
    }

    @Test
    void aRefusal_leavesTheInspectionAsItWas() {
        Inspection inspection = aCumbriaInspectionAwaitingItsRevisitReport();

        decide(
                inspection,
                "REVISIT_OUTCOME",
                """
                {"on": "2021-04-26", "sufficientProgress": {"1": true}}""");

        assertThat(inspection).isEqualTo(aCumbriaInspectionAwaitingItsRevisitReport());
    }
}
