package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aClosedCumbriaInspection;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionAwaitingReport;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionInMonitoring;
import static org.sendtracker.inspection.model.Lasend2016Fixtures.aCumbriaInspectionWithWsoaUnderReview;
import static org.sendtracker.inspection.model.Recording.decide;
import static org.sendtracker.inspection.model.Recording.notAllowed;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.Rejection;

/** In every stage, each event the stage does not accept is a 409 that names the ones it does. */
class Lasend2016ConflictsTest {

    /** An event type's or a stage's code, which a refusal shown to officers must not contain. */
    static final String EVENT_OR_STAGE_CODE = "[A-Z]{2,}_[A-Z_]+";

    private static final List<String> EVENTS =
            List.of(
                    "REPORT_RECEIVED",
                    "WSOA_SUBMITTED",
                    "WSOA_DECISION",
                    "MONITORING_VISIT",
                    "REVISIT_NOTIFIED",
                    "REVISIT_OUTCOME",
                    "APP_SUBMITTED",
                    "PROGRESS_REVIEW_HELD",
                    "DEADLINE_OVERRIDDEN");

    /** Each stage, and what it accepts, as the API lists it. */
    static Stream<Arguments> stages() {
        return Stream.of(
                stage(
                        "awaiting report",
                        Lasend2016Fixtures::aCumbriaInspectionAwaitingReport,
                        "REPORT_RECEIVED"),
                stage(
                        "WSoA due",
                        Lasend2016Fixtures::aCumbriaInspectionWithWsoaDue,
                        "WSOA_SUBMITTED",
                        "DEADLINE_OVERRIDDEN"),
                stage(
                        "WSoA under review, nothing outstanding",
                        Lasend2016Fixtures::aCumbriaInspectionWithWsoaUnderReview,
                        "WSOA_DECISION"),
                stage(
                        "WSoA due again",
                        Lasend2016Fixtures::aCumbriaInspectionAskedToResubmitItsWsoa,
                        "WSOA_SUBMITTED",
                        "DEADLINE_OVERRIDDEN"),
                stage(
                        "monitoring",
                        Lasend2016Fixtures::aCumbriaInspectionInMonitoring,
                        "MONITORING_VISIT",
                        "REVISIT_NOTIFIED",
                        "DEADLINE_OVERRIDDEN"),
                // the quarterly review due 18 January 2020 was never recorded: it is kept, not
                // recorded, and can still be recorded or its date changed (docs/domain-rules.md
                // §1.4)
                stage(
                        "revisit, a quarterly review not recorded",
                        Lasend2016Fixtures::aCumbriaInspectionAwaitingItsRevisitReport,
                        "MONITORING_VISIT",
                        "REVISIT_OUTCOME",
                        "DEADLINE_OVERRIDDEN"),
                stage(
                        "accelerated progress, APP due",
                        Lasend2016Fixtures::aCumbriaInspectionInAcceleratedProgress,
                        "MONITORING_VISIT",
                        "APP_SUBMITTED",
                        "DEADLINE_OVERRIDDEN"),
                stage(
                        "accelerated progress, APP submitted",
                        Lasend2016Fixtures::aCumbriaInspectionWithItsAppSubmitted,
                        "MONITORING_VISIT",
                        "PROGRESS_REVIEW_HELD",
                        "DEADLINE_OVERRIDDEN"));
    }

    static Stream<Arguments> stagesAndEventsTheyRefuse() {
        return stages().flatMap(
                        arguments -> {
                            Object[] stage = arguments.get();
                            @SuppressWarnings("unchecked")
                            List<String> allowed = (List<String>) stage[2];
                            return EVENTS.stream()
                                    .filter(type -> !allowed.contains(type))
                                    .map(type -> arguments(stage[0], stage[1], allowed, type));
                        });
    }

    @ParameterizedTest(name = "{0}: {3} is refused")
    @MethodSource("stagesAndEventsTheyRefuse")
    void eventNotAllowedInTheStage_isAConflictNamingTheAllowedEvents(
            String description, Supplier<Inspection> fixture, List<String> allowed, String type) {
        // given
        Inspection inspection = fixture.get();

        // when
        Rejection.NotAllowed conflict = notAllowed(decide(inspection, type, "{}"));

        // then
        assertThat(conflict.allowed()).containsExactlyElementsOf(allowed);
        assertThat(conflict.message())
                .startsWith(
                        "'"
                                + EventType.valueOf(type).label()
                                + "' cannot be recorded at the stage '"
                                + inspection.stage().label()
                                + "': the step")
                .contains(
                        allowed.stream()
                                .map(a -> "'" + EventType.valueOf(a).label() + "'")
                                .toList())
                .doesNotContainPattern(EVENT_OR_STAGE_CODE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void allowedEvents_areExactlyThoseTheStageAccepts(
            String description, Supplier<Inspection> fixture, List<String> allowed) {
        Inspection inspection = fixture.get();

        assertThat(Lifecycle.of(Framework.LASEND_2016).allowed(inspection))
                .map(Enum::name)
                .containsExactlyElementsOf(allowed);
    }

    @Test
    void wsoaSubmittedBeforeTheReportWasReceived_isAConflict() {
        // given
        Inspection inspection = aCumbriaInspectionAwaitingReport();

        // when
        Rejection.NotAllowed conflict =
                notAllowed(
                        decide(
                                inspection,
                                "WSOA_SUBMITTED",
                                """
                {"on": "2019-05-20"}"""));

        // then
        assertThat(conflict.message())
                .isEqualTo(
                        "'WSoA submitted' cannot be recorded at the stage 'Awaiting report': the step that can be recorded now is 'Report received'");
        assertThat(conflict.allowed()).containsExactly("REPORT_RECEIVED");
    }

    @Test
    void secondReport_isAConflict_namingWhatTheStageAccepts() {
        Rejection.NotAllowed conflict =
                notAllowed(
                        decide(
                                aCumbriaInspectionInMonitoring(),
                                "REPORT_RECEIVED",
                                """
                {"on": "2019-05-14", "wsoaRequired": false}"""));

        assertThat(conflict.message())
                .isEqualTo(
                        "'Report received' cannot be recorded at the stage 'Monitoring': the steps"
                                + " that can be recorded now are 'DfE and NHS England monitoring"
                                + " visit', 'Revisit notified' and 'Deadline overridden'");
    }

    @Test
    void anyEventOnAClosedInspection_isAConflict_sayingItIsClosed() {
        Rejection.NotAllowed conflict =
                notAllowed(
                        decide(
                                aClosedCumbriaInspection(),
                                "MONITORING_VISIT",
                                """
                {"on": "2021-11-01"}"""));

        assertThat(conflict.message())
                .isEqualTo(
                        "'DfE and NHS England monitoring visit' cannot be recorded: this inspection is closed, so no more steps can be recorded");
        assertThat(conflict.allowed()).isEmpty();
    }

    @Test
    void events_areCheckedForTheStageBeforeTheirInput() {
        // a malformed body for an event the stage does not accept is still a 409, not a 400
        Rejection.NotAllowed conflict =
                notAllowed(
                        decide(
                                aCumbriaInspectionWithWsoaUnderReview(),
                                "WSOA_SUBMITTED",
                                """
                {"on": "not a date", "typo": 1}"""));

        assertThat(conflict.allowed()).containsExactly("WSOA_DECISION");
    }

    private static Arguments stage(
            String description, Supplier<Inspection> fixture, String... allowed) {
        return arguments(description, fixture, List.of(allowed));
    }
}
