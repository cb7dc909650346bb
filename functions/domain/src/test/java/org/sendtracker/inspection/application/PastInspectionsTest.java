package org.sendtracker.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.inspection.model.Weakness;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.Actor;
import org.sendtracker.testing.SettableClock;

/**
 * An inspection as it stood at the end of a past day (docs/progress-report.md, "The report's
 * date"): its steps dated up to that day replayed, as they now stand.
 */
class PastInspectionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Actor OFFICER = new Actor("sub-1", "Alex Officer");
    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());
    private static final InspectionId CUMBRIA = new InspectionId("cumbria-2019-03-18");

    private final SettableClock clock = SettableClock.at("2019-05-14T15:00:00Z");
    private final TrailInMemory inspections = new TrailInMemory();
    private final InspectionService service =
            new InspectionService(
                    inspections, NoAreas.AT_ALL, CALENDAR, BuiltInRules.get(), clock, List.of());
    private final PastInspections past = new PastInspections(CALENDAR, BuiltInRules.get(), clock);

    @BeforeEach
    void aCumbriaInspection_itsReportReceivedInMay_itsWsoaSubmittedInAugust() {
        Instant created = Instant.parse("2019-03-11T10:00:00Z");
        inspections.create(
                Inspection.notified(
                        CUMBRIA,
                        new AreaId("cumbria"),
                        Framework.LASEND_2016,
                        LocalDate.of(2019, 3, 11),
                        LocalDate.of(2019, 3, 18),
                        LocalDate.of(2019, 3, 22),
                        created),
                new RecordedEvent(
                        1,
                        "INSPECTION_CREATED",
                        LocalDate.of(2019, 3, 11),
                        "Alex Officer",
                        created,
                        "LASEND_2016 inspection recorded.",
                        EventInputs.details(Map.of("areaId", "cumbria"))));
        record(
                """
                {"type": "REPORT_RECEIVED", "on": "2019-05-14", "wsoaRequired": true,
                 "weaknesses": ["Timeliness of EHC plans", "Joint commissioning"]}""");
        clock.set(Instant.parse("2019-06-03T10:00:00Z"));
        record(
                """
                {"type": "DEADLINE_OVERRIDDEN", "deadline": "WSOA_SUBMISSION", "dueOn": "2019-08-30",
                 "reason": "Extension agreed with DfE"}""");
        clock.set(Instant.parse("2019-08-20T15:00:00Z"));
        record("{\"type\": \"WSOA_SUBMITTED\", \"on\": \"2019-08-20\"}");
        clock.set(Instant.parse("2019-11-29T09:00:00Z"));
    }

    @Test
    void beforeTheReport_thereWasNoWsoaToWriteAndNoWeakness() {
        Inspection then = on("2019-05-13");

        assertThat(then.stage()).isEqualTo(Stage.AWAITING_REPORT);
        // today's areas of weakness, each named after the day: a report leaves them out
        assertThat(then.weaknesses())
                .allMatch(w -> w.history().get(0).on().isAfter(LocalDate.of(2019, 5, 13)));
        assertThat(then.deadlines())
                .extracting(Deadline::kind)
                .doesNotContain(DeadlineKind.WSOA_SUBMISSION);
    }

    @Test
    void theDayBeforeTheWsoaWentIn_itWasStillDue_andOnTheDayItWasMet() {
        Inspection before = on("2019-08-19");
        Inspection onTheDay = on("2019-08-20");

        assertThat(before.stage()).isEqualTo(Stage.WSOA_DUE);
        assertThat(before.weaknesses())
                .extracting(Weakness::title)
                .containsExactly("Timeliness of EHC plans", "Joint commissioning");
        assertThat(wsoa(before).dueOn()).isEqualTo(LocalDate.of(2019, 8, 30));
        assertThat(wsoa(before).metOn()).isNull();
        assertThat(wsoa(onTheDay).metOn()).isEqualTo(LocalDate.of(2019, 8, 20));
        assertThat(on("2019-11-28")).isEqualTo(on("2019-08-20"));
    }

    @Test
    void aDueDateMoved_whichGivesNoDate_standsFromTheDayItWasRecorded() {
        // the officer moved the WSoA's due date on 3 June: a step with no date of its own
        assertThat(wsoa(on("2019-06-02")).dueOn()).isEqualTo(LocalDate.of(2019, 8, 21));
        assertThat(wsoa(on("2019-06-02")).overrideReason()).isNull();
        assertThat(wsoa(on("2019-06-03")).dueOn()).isEqualTo(LocalDate.of(2019, 8, 30));
        assertThat(wsoa(on("2019-06-03")).overrideReason()).isEqualTo("Extension agreed with DfE");
    }

    @Test
    void aStepCorrectedToALaterDay_standsFromThatDay_andAWithdrawnOneNever() {
        clock.set(Instant.parse("2019-11-29T10:00:00Z"));
        record(
                """
                {"type": "CORRECTION", "corrects": 4, "reason": "It went in a day late",
                 "fields": {"on": "2019-08-21"}}""");

        assertThat(wsoa(on("2019-08-20")).metOn()).isNull();
        assertThat(wsoa(on("2019-08-21")).metOn()).isEqualTo(LocalDate.of(2019, 8, 21));

        record(
                """
                {"type": "WITHDRAWAL", "withdraws": 4, "reason": "Not submitted after all"}""");
        assertThat(wsoa(on("2019-11-28")).metOn()).isNull();
        assertThat(on("2019-11-28").stage()).isEqualTo(Stage.WSOA_DUE);
    }

    @Test
    void
            aStepAcceptedOnlyAtALaterStage_isPassedOver_yetWhatItRecordedStands_andTheStepsAfterItApply() {
        // a 2023 inspection: its priority action plan submitted on 31 October, then a progress
        // update dated 20 October (accepted only once the plan is in), then the strategic plan
        // published on 25 October
        InspectionId norfolk = new InspectionId("norfolk-2023-07-10");
        Instant created = Instant.parse("2023-07-03T10:00:00Z");
        inspections.create(
                Inspection.notified(
                        norfolk,
                        new AreaId("norfolk"),
                        Framework.AREA_SEND_2023,
                        LocalDate.of(2023, 7, 3),
                        LocalDate.of(2023, 7, 10),
                        LocalDate.of(2023, 7, 21),
                        created),
                new RecordedEvent(
                        1,
                        "INSPECTION_CREATED",
                        LocalDate.of(2023, 7, 3),
                        "Alex Officer",
                        created,
                        "AREA_SEND_2023 inspection recorded.",
                        EventInputs.details(Map.of("areaId", "norfolk"))));
        clock.set(Instant.parse("2023-11-01T10:00:00Z"));
        record(
                norfolk,
                """
                {"type": "REPORT_RECEIVED", "on": "2023-09-14", "publishedOn": "2023-09-21",
                 "outcome": 3, "weaknesses": ["EHC plans", "Alternative provision"]}""");
        record(norfolk, "{\"type\": \"PRIORITY_ACTION_PLAN_SUBMITTED\", \"on\": \"2023-10-31\"}");
        record(
                norfolk,
                """
                {"type": "MONITORING_VISIT", "on": "2023-10-20", "statuses": {"1": "ON_TRACK"}}""");
        record(norfolk, "{\"type\": \"STRATEGIC_PLAN_PUBLISHED\", \"on\": \"2023-10-25\"}");

        Inspection current = inspections.find(norfolk).orElseThrow();
        Inspection then =
                past.on(current, inspections.history(norfolk), LocalDate.of(2023, 10, 27));

        // the strategic plan was published on 25 October: met, not outstanding
        assertThat(then.deadlines())
                .filteredOn(d -> d.kind() == DeadlineKind.STRATEGIC_PLAN_UPDATE)
                .extracting(Deadline::metOn)
                .containsExactly(LocalDate.of(2023, 10, 25));
        // the priority action plan, submitted after the day, was still due
        assertThat(then.deadlines())
                .filteredOn(d -> d.kind() == DeadlineKind.PRIORITY_ACTION_PLAN_SUBMISSION)
                .extracting(Deadline::metOn)
                .containsOnlyNulls()
                .hasSize(1);
        // and the 20 October update of the first area's status is told
        assertThat(then.weaknesses().get(0).history())
                .extracting(Weakness.StatusChange::on)
                .contains(LocalDate.of(2023, 10, 20));
    }

    private Inspection on(String day) {
        Inspection current = inspections.find(CUMBRIA).orElseThrow();
        return past.on(current, inspections.history(CUMBRIA), LocalDate.parse(day));
    }

    private static Deadline wsoa(Inspection inspection) {
        return inspection
                .outstanding(DeadlineKind.WSOA_SUBMISSION)
                .or(
                        () ->
                                inspection.deadlines().stream()
                                        .filter(d -> d.kind() == DeadlineKind.WSOA_SUBMISSION)
                                        .findFirst())
                .orElseThrow();
    }

    private void record(String json) {
        record(CUMBRIA, json);
    }

    private void record(InspectionId id, String json) {
        try {
            Map<String, Object> input = JSON.readValue(json, new TypeReference<>() {});
            assertThat(
                            service.record(
                                            id.value(),
                                            input,
                                            Optional.empty(),
                                            Optional.empty(),
                                            OFFICER)
                                    .refusal())
                    .isEmpty();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
