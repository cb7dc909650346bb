package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.sendtracker.inspection.model.Recording.decide;
import static org.sendtracker.inspection.model.Recording.notAllowed;
import static org.sendtracker.inspection.model.Recording.record;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.Rejection;

/**
 * In every AREA_SEND_2023 stage, each event it does not accept is a 409 that names the ones it
 * does.
 */
class AreaSend2023ConflictsTest {

    private static final List<String> EVENTS =
            List.of(
                    "REPORT_RECEIVED",
                    "MONITORING_VISIT",
                    "STRATEGIC_PLAN_PUBLISHED",
                    "PRIORITY_ACTION_PLAN_SUBMITTED",
                    "PRIORITY_ACTION_PLAN_PUBLISHED",
                    "ENGAGEMENT_MEETING_HELD",
                    "MONITORING_INSPECTION_NOTIFIED",
                    "MONITORING_INSPECTION_OUTCOME",
                    "NEXT_INSPECTION_NOTIFIED",
                    "DEADLINE_OVERRIDDEN");

    static Stream<Arguments> stages() {
        return Stream.of(
                stage(
                        "awaiting report",
                        AreaSend2023Fixtures::aNorfolkInspectionAwaitingReport,
                        "REPORT_RECEIVED"),
                stage(
                        "priority action plan due",
                        AreaSend2023Fixtures::aNorfolkInspectionWithItsPriorityActionPlanDue,
                        "STRATEGIC_PLAN_PUBLISHED",
                        "PRIORITY_ACTION_PLAN_SUBMITTED",
                        "DEADLINE_OVERRIDDEN"),
                stage(
                        "monitoring, plans not yet published",
                        AreaSend2023Fixtures::aNorfolkInspectionInMonitoring,
                        "MONITORING_VISIT",
                        "STRATEGIC_PLAN_PUBLISHED",
                        "PRIORITY_ACTION_PLAN_PUBLISHED",
                        "MONITORING_INSPECTION_NOTIFIED",
                        "DEADLINE_OVERRIDDEN"),
                stage(
                        "monitoring, plans published",
                        AreaSend2023Fixtures::aNorfolkInspectionInMonitoringWithEveryPlanPublished,
                        "MONITORING_VISIT",
                        "MONITORING_INSPECTION_NOTIFIED",
                        "DEADLINE_OVERRIDDEN"),
                stage(
                        "monitoring inspection",
                        AreaSend2023Fixtures
                                ::aNorfolkInspectionAwaitingItsMonitoringInspectionReport,
                        "MONITORING_INSPECTION_OUTCOME",
                        "DEADLINE_OVERRIDDEN"),
                stage(
                        "between inspections",
                        AreaSend2023Fixtures::aNorfolkInspectionBetweenInspections,
                        "ENGAGEMENT_MEETING_HELD",
                        "NEXT_INSPECTION_NOTIFIED",
                        "DEADLINE_OVERRIDDEN"),
                stage(
                        "outcome 1, strategic plan due",
                        () -> AreaSend2023Fixtures.aNorfolkInspectionWithOutcome(1),
                        "STRATEGIC_PLAN_PUBLISHED",
                        "ENGAGEMENT_MEETING_HELD",
                        "NEXT_INSPECTION_NOTIFIED",
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
        Inspection inspection = fixture.get();

        Rejection.NotAllowed conflict = notAllowed(decide(inspection, type, "{}"));

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
                .doesNotContainPattern(Lasend2016ConflictsTest.EVENT_OR_STAGE_CODE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void allowedEvents_areExactlyThoseTheStageAccepts(
            String description, Supplier<Inspection> fixture, List<String> allowed) {
        assertThat(Lifecycle.of(Framework.AREA_SEND_2023).allowed(fixture.get()))
                .map(Enum::name)
                .containsExactlyElementsOf(allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEvent")
    void anyEventOnAClosedInspection_isAConflict(String type) {
        Inspection closed =
                record(
                        AreaSend2023Fixtures.aNorfolkInspectionBetweenInspections(),
                        "NEXT_INSPECTION_NOTIFIED",
                        """
                {"on": "2026-09-07"}""");

        Rejection.NotAllowed conflict = notAllowed(decide(closed, type, "{}"));

        assertThat(conflict.message())
                .isEqualTo(
                        "'"
                                + EventType.valueOf(type).label()
                                + "' cannot be recorded: this inspection is closed, so no more"
                                + " steps can be recorded");
    }

    static Stream<String> everyEvent() {
        return EVENTS.stream();
    }

    private static Arguments stage(
            String description, Supplier<Inspection> fixture, String... allowed) {
        return arguments(description, fixture, List.of(allowed));
    }
}
