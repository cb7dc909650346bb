package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionInMonitoring;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithWsoaDue;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithWsoaUnderReview;
import static org.sendtracker.inspection.model.Recording.accepted;
import static org.sendtracker.inspection.model.Recording.decide;
import static org.sendtracker.inspection.model.Recording.fieldErrors;
import static org.sendtracker.inspection.model.Recording.notAllowed;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;

/**
 * An officer moves a due date with a reason; the computed date stays beside it
 * (docs/domain-rules.md §1.1, "WSoA due").
 */
class DeadlineOverrideTest {

    @Test
    void override_movesTheDueDate_keepingTheComputedDateAndTheReason() {
        // given a WSoA due 21 August 2019
        Inspection inspection = aCumbriaInspectionWithWsoaDue();

        // when
        Transition transition =
                accepted(
                        inspection,
                        "DEADLINE_OVERRIDDEN",
                        """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-09-04",
                 "reason": "Ofsted agreed an extension over the summer holidays"}""");

        // then
        Deadline wsoa = transition.next().deadline("WSOA_SUBMISSION").orElseThrow();
        assertThat(wsoa.dueOn()).isEqualTo(LocalDate.of(2019, 9, 4));
        assertThat(wsoa.computedDueOn()).isEqualTo(LocalDate.of(2019, 8, 21));
        assertThat(wsoa.overrideReason())
                .isEqualTo("Ofsted agreed an extension over the summer holidays");
        assertThat(wsoa.isOverridden()).isTrue();
        assertThat(transition.summary())
                .isEqualTo(
                        "Written Statement of Action submission due date changed from"
                                + " 21 August 2019 to 4 September 2019 (computed: 21 August 2019)."
                                + " Reason: Ofsted agreed an extension over the summer holidays");
    }

    @Test
    void override_leavesTheStageAndTheDateOfTheLastEvent_andMovesTheVersionOn() {
        Inspection inspection = aCumbriaInspectionWithWsoaDue();

        Inspection next =
                accepted(
                                inspection,
                                "DEADLINE_OVERRIDDEN",
                                """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-09-04", "reason": "Extension agreed"}""")
                        .next();

        assertThat(next.stage()).isEqualTo(Stage.WSOA_DUE);
        assertThat(next.lastEventOn()).isEqualTo(inspection.lastEventOn());
        assertThat(next.version()).isEqualTo(inspection.version() + 1);
    }

    @Test
    void overriddenDeadline_isMetByTheEventAsUsual() {
        Inspection overridden =
                accepted(
                                aCumbriaInspectionWithWsoaDue(),
                                "DEADLINE_OVERRIDDEN",
                                """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-09-04", "reason": "Extension agreed"}""")
                        .next();

        Inspection submitted =
                accepted(
                                overridden,
                                "WSOA_SUBMITTED",
                                """
                {"on": "2019-09-03"}""")
                        .next();

        Deadline wsoa = submitted.deadline("WSOA_SUBMISSION").orElseThrow();
        assertThat(wsoa.metOn()).isEqualTo(LocalDate.of(2019, 9, 3));
        assertThat(wsoa.computedDueOn()).isEqualTo(LocalDate.of(2019, 8, 21));
        assertThat(wsoa.overrideReason()).isEqualTo("Extension agreed");
    }

    @Test
    void everyErrorOfAnOverride_isReportedInOnePass() {
        // given the WSoA was submitted and accepted; reviews and the revisit are open
        Inspection inspection = aCumbriaInspectionInMonitoring();

        // when an override names a met deadline, a date before the notification and no reason
        var result =
                decide(
                        inspection,
                        "DEADLINE_OVERRIDDEN",
                        """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-01-04"}""");

        // then
        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError("reason", "Enter the reason for the change"),
                        new FieldError(
                                "deadline",
                                "'Written Statement of Action submission' due 21 August 2019 (WSOA_SUBMISSION) is no longer open: choose one of the open deadlines, 'DfE and NHS England monitoring visit' due 18 January 2020 (MONITORING_REVIEW) or 'Ofsted and CQC revisit' due 18 April 2021 (REVISIT)",
                                "'Written Statement of Action submission' due 21 August 2019 is no longer open: choose one of the open deadlines, 'DfE and NHS England monitoring visit' due 18 January 2020 or 'Ofsted and CQC revisit' due 18 April 2021"),
                        new FieldError(
                                "dueOn",
                                "The new due date cannot be before the inspection was notified (11 March 2019)"));
    }

    @Test
    void overrideOfAMetDeadline_amongManyOpenOnes_listsSixOfThemAndHowManyMore() {
        // given a board with ten reports outstanding beside the visit and the revisit
        Inspection inspection = aCumbriaInspectionInMonitoring();
        DeadlineRule rule =
                BuiltInRules.get().rule(inspection.framework(), DeadlineKind.BOARD_REPORT);
        Inspection.Change change = inspection.change();
        for (int month = 1; month <= 10; month++) {
            LocalDate due = LocalDate.of(2020, month, 15);
            change.addDeadline(
                    Deadline.setBy(
                            "BOARD_REPORT-board-" + due,
                            rule,
                            due,
                            Instant.parse("2019-09-01T09:00:00Z")));
        }
        Inspection withReports = change.recordedAt(Instant.parse("2019-09-01T09:00:00Z"));

        var result =
                decide(
                        withReports,
                        "DEADLINE_OVERRIDDEN",
                        """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-09-04", "reason": "Extension agreed"}""");

        assertThat(fieldErrors(result))
                .singleElement()
                .satisfies(
                        error ->
                                assertThat(error.message())
                                        .startsWith(
                                                "'Written Statement of Action submission' due 21"
                                                        + " August 2019 (WSOA_SUBMISSION) is no longer"
                                                        + " open: choose one"
                                                        + " of the open deadlines, ")
                                        .contains(
                                                "'Board report' due 15 January 2020"
                                                        + " (BOARD_REPORT-board-2020-01-15), 'DfE and"
                                                        + " NHS England monitoring visit' due 18"
                                                        + " January 2020 (MONITORING_REVIEW), 'Board"
                                                        + " report' due 15 February 2020")
                                        .endsWith(" or 6 more"));
    }

    @Test
    void overrideOfAMetDeadline_isRefused_listingTheOpenOnes() {
        // given the WSoA was submitted and accepted; reviews and the revisit are open
        Inspection inspection = aCumbriaInspectionInMonitoring();

        // when
        var result =
                decide(
                        inspection,
                        "DEADLINE_OVERRIDDEN",
                        """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-09-04", "reason": "Extension agreed"}""");

        // then
        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "deadline",
                                "'Written Statement of Action submission' due 21 August 2019 (WSOA_SUBMISSION) is no longer open: choose one of the open deadlines, 'DfE and NHS England monitoring visit' due 18 January 2020 (MONITORING_REVIEW) or 'Ofsted and CQC revisit' due 18 April 2021 (REVISIT)",
                                "'Written Statement of Action submission' due 21 August 2019 is no longer open: choose one of the open deadlines, 'DfE and NHS England monitoring visit' due 18 January 2020 or 'Ofsted and CQC revisit' due 18 April 2021"));
    }

    @Test
    void override_whenNothingIsOutstanding_isAConflict() {
        // given the only deadline (the WSoA) is met while the decision is awaited
        Inspection inspection = aCumbriaInspectionWithWsoaUnderReview();

        Rejection.NotAllowed conflict =
                notAllowed(
                        decide(
                                inspection,
                                "DEADLINE_OVERRIDDEN",
                                """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-09-04", "reason": "Extension agreed"}"""));

        assertThat(conflict.message())
                .isEqualTo(
                        "'Deadline overridden' cannot be recorded at the stage 'WSoA under review': the step that can be recorded now is 'WSoA decision'");
    }

    @Test
    void overrideWithoutAReason_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionWithWsoaDue(),
                        "DEADLINE_OVERRIDDEN",
                        """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-09-04", "reason": "  "}""");

        assertThat(fieldErrors(result))
                .containsExactly(new FieldError("reason", "Enter the reason for the change"));
    }

    @Test
    void overrideToTheSameDate_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionWithWsoaDue(),
                        "DEADLINE_OVERRIDDEN",
                        """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-08-21", "reason": "No change"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "dueOn",
                                "The new due date is the same as the current one (21 August 2019)"));
    }

    @Test
    void overrideToBeforeTheNotification_isRefused() {
        var result =
                decide(
                        aCumbriaInspectionWithWsoaDue(),
                        "DEADLINE_OVERRIDDEN",
                        """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-03-01", "reason": "Typo"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "dueOn",
                                "The new due date cannot be before the inspection was notified (11 March 2019)"));
    }

    @Test
    void overrideWithAnOnDate_isRefused_asAnUnknownField() {
        var result =
                decide(
                        aCumbriaInspectionWithWsoaDue(),
                        "DEADLINE_OVERRIDDEN",
                        """
                {"deadline": "WSOA_SUBMISSION", "dueOn": "2019-09-04", "reason": "Extension", "on": "2019-06-01"}""");

        assertThat(fieldErrors(result))
                .containsExactly(
                        new FieldError(
                                "on",
                                "'on' is not a field here; expected one of [deadline, dueOn, illustrative, note, reason]"));
    }
}
