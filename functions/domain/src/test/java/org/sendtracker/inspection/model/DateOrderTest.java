package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.inspection.model.AreaSend2023Fixtures.aNorfolkInspectionWithItsPriorityActionPlanDue;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithWsoaUnderReview;
import static org.sendtracker.inspection.model.Recording.decide;
import static org.sendtracker.inspection.model.Recording.fieldErrors;
import static org.sendtracker.inspection.model.Recording.keyDatesOf;
import static org.sendtracker.inspection.model.Recording.record;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Result;

/**
 * Dates are ordered only where the rules chain two steps (docs/domain-rules.md §1.4): steps the
 * rules do not chain may be recorded in any order of dates.
 */
class DateOrderTest {

    @Test
    void priorityActionPlan_canBeRecordedAfterALaterDatedStrategicPlan() {
        // given outcome 3 received 14 September 2023, the strategic plan published 25 October
        Inspection inspection =
                record(
                        aNorfolkInspectionWithItsPriorityActionPlanDue(),
                        "STRATEGIC_PLAN_PUBLISHED",
                        """
                {"on": "2023-10-25"}""");

        // when the priority action plan submitted the day before is recorded after it
        var result =
                decide(
                        inspection,
                        "PRIORITY_ACTION_PLAN_SUBMITTED",
                        """
                {"on": "2023-10-24"}""");

        // then it is accepted, with its own date
        assertThat(result).isInstanceOf(Result.Ok.class);
        Inspection next = result.orElseThrow().next();
        assertThat(next.stage()).isEqualTo(Stage.MONITORING);
        assertThat(keyDatesOf(next))
                .containsEntry(KeyDates.PRIORITY_ACTION_PLAN_SUBMITTED, LocalDate.of(2023, 10, 24))
                .containsEntry(KeyDates.STRATEGIC_PLAN_PUBLISHED, LocalDate.of(2023, 10, 25));
    }

    @Test
    void priorityActionPlanPublished_cannotBeDatedBeforeItsSubmission() {
        Inspection inspection =
                record(
                        aNorfolkInspectionWithItsPriorityActionPlanDue(),
                        "PRIORITY_ACTION_PLAN_SUBMITTED",
                        """
                {"on": "2023-10-24"}""");

        var result =
                decide(
                        inspection,
                        "PRIORITY_ACTION_PLAN_PUBLISHED",
                        """
                {"on": "2023-10-20"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "on",
                                "The date the priority action plan was published cannot be before 24 October 2023, the date of 'Priority action plan submitted'"));
    }

    @Test
    void wsoaDecision_cannotBeDatedBeforeTheSubmission() {
        Inspection inspection = aCumbriaInspectionWithWsoaUnderReview();
        LocalDate submitted = inspection.keyDates().get(KeyDates.WSOA_SUBMITTED);

        var result =
                decide(
                        inspection,
                        "WSOA_DECISION",
                        """
                {"on": "%s", "fitForPurpose": true}"""
                                .formatted(submitted.minusDays(1)));

        assertThat(fieldErrors(result))
                .extracting(FieldError::message)
                .singleElement()
                .asString()
                .startsWith("The date of the decision cannot be before ")
                .endsWith(", the date of 'WSoA submitted'");
    }

    @Test
    void everyPairNamesAnEventOfItsLifecycle() {
        for (Framework framework : Framework.values()) {
            Lifecycle lifecycle = Lifecycle.of(framework);
            for (DateOrder order : lifecycle.dateOrder()) {
                assertThat(lifecycle.events()).contains(order.later());
            }
        }
    }
}
