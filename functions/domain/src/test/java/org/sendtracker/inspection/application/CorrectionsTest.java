package org.sendtracker.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.EventContext;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.KeyDates;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;
import org.sendtracker.testing.SettableClock;

/**
 * Corrections and withdrawals (docs/corrections-plan.md): the history replayed as if it had been
 * right, refused when it could not have happened, always one more entry in the audit trail.
 */
class CorrectionsTest {

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

    @Test
    void correctingTheReportReceivedDate_movesTheWsoaDueDate() {
        // given a report recorded as received on 14 May 2019: WSoA due 21 August
        aCumbriaInspectionWithItsReportReceived();
        clock.set(Instant.parse("2019-06-03T09:00:00Z"));

        // when the date is corrected to Thursday 16 May
        Recorded recorded =
                ok(
                        record(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "Date mistyped",
                 "fields": {"on": "2019-05-16"}}"""));

        // then the WSoA is due two working days later, learned now
        Deadline wsoa = recorded.inspection().outstanding(DeadlineKind.WSOA_SUBMISSION).get();
        assertThat(wsoa.dueOn()).isEqualTo(LocalDate.of(2019, 8, 23));
        assertThat(wsoa.recordedAt()).isEqualTo(clock.instant());
        assertThat(recorded.inspection().reportReceivedOn()).isEqualTo(LocalDate.of(2019, 5, 16));
        assertThat(keyDatesOf(recorded.inspection()))
                .containsEntry(KeyDates.REPORT_RECEIVED, LocalDate.of(2019, 5, 16));
        assertThat(recorded.inspection().version()).isEqualTo(3);
        assertThat(recorded.inspection().eventCount()).isEqualTo(3);
        // and the audit trail keeps the original, the new fields, the reason, who and when
        RecordedEvent entry = recorded.event();
        assertThat(entry.seq()).isEqualTo(3);
        assertThat(entry.type()).isEqualTo("CORRECTION");
        assertThat(entry.actor()).isEqualTo("Alex Officer");
        assertThat(entry.actorId()).isEqualTo("sub-1");
        assertThat(entry.recordedAt()).isEqualTo(clock.instant());
        assertThat(entry.summary())
                .isEqualTo(
                        "Entry 2 (Report received on 14 May 2019) corrected: on 14 May 2019 → 16"
                                + " May 2019. Written Statement of Action submission now due 23"
                                + " August 2019 (was 21 August 2019). Reason: Date mistyped");
        assertThat(EventInputs.map(entry.details()))
                .containsEntry("corrects", 2)
                .containsEntry("reason", "Date mistyped")
                .containsEntry("fields", Map.of("on", "2019-05-16"))
                .containsEntry("originalType", "REPORT_RECEIVED");
        assertThat(original(entry)).containsEntry("on", "2019-05-14");
        // and the original entry is untouched
        assertThat(EventInputs.map(inspections.history(CUMBRIA).get(1).details()))
                .containsEntry("on", "2019-05-14");
    }

    @Test
    void aCorrectionsSummary_namesTheDeadlinesItTakesAway_andSaysExpectedForDatesOthersSet() {
        aCumbriaInspectionWithItsReportReceived();
        clock.set(Instant.parse("2019-11-01T09:00:00Z"));
        ok(record("{\"type\": \"WSOA_SUBMITTED\", \"on\": \"2019-08-20\"}"));
        ok(
                record(
                        """
                {"type": "WSOA_DECISION", "on": "2019-10-18", "fitForPurpose": true}"""));

        // when the decision's date is corrected: the reviews DfE and NHS England hold move
        String moved =
                ok(record(
                                """
                {"type": "CORRECTION", "corrects": 4, "reason": "Letter dated the 21st",
                 "fields": {"on": "2019-10-21"}}"""))
                        .event()
                        .summary();
        // and when the decision is withdrawn: what it started no longer applies
        String withdrawn =
                ok(record(
                                """
                {"type": "WITHDRAWAL", "withdraws": 4, "reason": "Recorded on the wrong inspection"}"""))
                        .event()
                        .summary();

        assertThat(moved).contains(" now expected ").doesNotContain(" now due ");
        assertThat(withdrawn)
                .containsPattern(
                        "\\(expected \\d{1,2} [A-Z][a-z]+ 20\\d\\d\\) no longer applies\\.")
                .contains(") no longer applies. Reason: Recorded on the wrong inspection");
    }

    @Test
    void aCopyOfAWithdrawalSentAtTheSameMoment_getsTheFirstAnswer_notWithdrawnAlready() {
        aCumbriaInspectionWithItsReportReceived();
        clock.set(Instant.parse("2019-08-20T12:00:00Z"));
        ok(record("{\"type\": \"WSOA_SUBMITTED\", \"on\": \"2019-08-20\"}"));
        Map<String, Object> withdrawal =
                parse(
                        """
                {"type": "WITHDRAWAL", "withdraws": 3, "reason": "Recorded on the wrong inspection"}""");
        // the copy looks for its key before the first has stored it, then finds entry 3 withdrawn
        Inspections racing =
                new Inspections() {
                    private final Map<String, IdempotentResult> kept = new LinkedHashMap<>();
                    private int looks;

                    @Override
                    public Optional<Inspection> find(InspectionId id) {
                        return inspections.find(id);
                    }

                    @Override
                    public List<Inspection> inArea(AreaId area) {
                        return inspections.inArea(area);
                    }

                    @Override
                    public List<Inspection> open() {
                        return inspections.open();
                    }

                    @Override
                    public void create(Inspection inspection, RecordedEvent created) {
                        inspections.create(inspection, created);
                    }

                    @Override
                    public void update(
                            Inspection previous,
                            Inspection next,
                            RecordedEvent event,
                            Optional<IdempotentResult> idempotency) {
                        inspections.update(previous, next, event, idempotency);
                        idempotency.ifPresent(r -> kept.put(next.id() + "/" + r.key(), r));
                    }

                    @Override
                    public Optional<IdempotentResult> idempotentResult(
                            InspectionId id, String key) {
                        // the first request's look, then the copy's first, both before it is kept
                        return ++looks <= 2
                                ? Optional.empty()
                                : Optional.ofNullable(kept.get(id + "/" + key));
                    }

                    @Override
                    public List<RecordedEvent> history(InspectionId id) {
                        return inspections.history(id);
                    }
                };
        InspectionService copy =
                new InspectionService(
                        racing, NoAreas.AT_ALL, CALENDAR, BuiltInRules.get(), clock, List.of());

        Recorded first =
                ok(
                        copy.record(
                                CUMBRIA.value(),
                                withdrawal,
                                Optional.empty(),
                                Optional.of("withdraw-3"),
                                OFFICER));
        Recorded second =
                ok(
                        copy.record(
                                CUMBRIA.value(),
                                withdrawal,
                                Optional.empty(),
                                Optional.of("withdraw-3"),
                                OFFICER));

        assertThat(second.replayed()).isTrue();
        assertThat(second.event()).isEqualTo(first.event());
    }

    @Test
    void withdrawingTheWsoaSubmission_reopensTheDeadlineAndTheStage() {
        aCumbriaInspectionWithItsReportReceived();
        clock.set(Instant.parse("2019-08-20T12:00:00Z"));
        ok(
                record(
                        """
                {"type": "WSOA_SUBMITTED", "on": "2019-08-20"}"""));
        clock.set(Instant.parse("2019-08-22T12:00:00Z"));

        Recorded recorded =
                ok(
                        record(
                                """
                {"type": "WITHDRAWAL", "withdraws": 3, "reason": "Recorded on the wrong inspection"}"""));

        Inspection inspection = recorded.inspection();
        assertThat(inspection.stage()).isEqualTo(Stage.WSOA_DUE);
        Deadline wsoa = inspection.outstanding(DeadlineKind.WSOA_SUBMISSION).get();
        assertThat(wsoa.metOn()).isNull();
        assertThat(wsoa.dueOn()).isEqualTo(LocalDate.of(2019, 8, 21));
        assertThat(keyDatesOf(inspection)).doesNotContainKey(KeyDates.WSOA_SUBMITTED);
        assertThat(recorded.event().summary())
                .isEqualTo(
                        "Entry 3 (WSoA submitted on 20 August 2019) withdrawn. Stage now Written"
                                + " Statement of Action due (was WSoA under review). Reason:"
                                + " Recorded on the wrong inspection");
        assertThat(EventInputs.map(recorded.event().details()))
                .containsEntry("withdraws", 3)
                .containsEntry("originalType", "WSOA_SUBMITTED");
    }

    @Test
    void withdrawingAStepALaterOneNeeds_isRefusedNamingWhy_andWritesNothing() {
        aCumbriaInspectionWithItsReportReceived();
        clock.set(Instant.parse("2019-08-20T12:00:00Z"));
        ok(
                record(
                        """
                {"type": "WSOA_SUBMITTED", "on": "2019-08-20"}"""));
        clock.set(Instant.parse("2019-09-10T12:00:00Z"));
        ok(
                record(
                        """
                {"type": "WSOA_DECISION", "on": "2019-09-10", "fitForPurpose": true}"""));
        Inspection before = inspections.find(CUMBRIA).get();

        Result<Recorded> result =
                record(
                        """
                {"type": "WITHDRAWAL", "withdraws": 3, "reason": "Not submitted after all"}""");

        assertThat(result.refusal())
                .contains(
                        new Rejection.Conflict(
                                "Withdrawing entry 3 (WSoA submitted on 20 August 2019) would leave"
                                        + " a history that cannot have happened: entry 4 (WSoA"
                                        + " decision on 10 September 2019) would be refused:"
                                        + " 'WSoA decision' cannot be recorded at the stage 'Written"
                                        + " Statement of Action due': the steps that can be"
                                        + " recorded now are 'WSoA submitted' and 'Deadline"
                                        + " overridden'. To make this change, first correct or"
                                        + " withdraw entry 4."));
        assertThat(inspections.find(CUMBRIA)).contains(before);
        assertThat(inspections.history(CUMBRIA)).hasSize(4);
    }

    @Test
    void correctingADateOutOfTheRulesOrder_isRefused() {
        aCumbriaInspectionWithItsReportReceived();
        clock.set(Instant.parse("2019-08-20T12:00:00Z"));
        ok(
                record(
                        """
                {"type": "WSOA_SUBMITTED", "on": "2019-08-20"}"""));
        clock.set(Instant.parse("2019-09-05T12:00:00Z"));

        Result<Recorded> result =
                record(
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "Typo",
                 "fields": {"on": "2019-08-30"}}""");

        assertThat(result.refusal().get()).isInstanceOf(Rejection.Conflict.class);
        assertThat(result.refusal().get().message())
                .isEqualTo(
                        "Correcting entry 2 (Report received on 14 May 2019) would leave a history"
                                + " that cannot have happened: entry 3 (WSoA submitted on 20 August"
                                + " 2019) would be refused: The date the WSoA was submitted cannot"
                                + " be before 30 August 2019, the date of 'Report received'. To"
                                + " make this change, first correct or withdraw entry 3.");
    }

    @Test
    void withdrawingTheStepThatClosedTheInspection_reopensIt() {
        givenACumbriaInspection();
        ok(
                record(
                        """
                {"type": "REPORT_RECEIVED", "on": "2019-05-14", "wsoaRequired": false}"""));
        assertThat(inspections.find(CUMBRIA).get().stage()).isEqualTo(Stage.CLOSED);

        Recorded recorded =
                ok(
                        record(
                                """
                {"type": "WITHDRAWAL", "withdraws": 2, "reason": "The letter was a draft"}"""));

        assertThat(recorded.inspection().stage()).isEqualTo(Stage.AWAITING_REPORT);
        assertThat(recorded.inspection().reportReceivedOn()).isNull();
    }

    @Test
    void aSecondCorrectionOfOneStep_laysOverTheFirst() {
        aCumbriaInspectionWithItsReportReceived();
        ok(
                record(
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "Publication date known",
                 "fields": {"publishedOn": "2019-05-22"}}"""));

        Recorded recorded =
                ok(
                        record(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "Date mistyped",
                 "fields": {"on": "2019-05-16"}}"""));

        assertThat(recorded.inspection().reportPublishedOn()).isEqualTo(LocalDate.of(2019, 5, 22));
        assertThat(recorded.inspection().reportReceivedOn()).isEqualTo(LocalDate.of(2019, 5, 16));
        assertThat(original(recorded.event()))
                .containsEntry("publishedOn", "2019-05-22")
                .containsEntry("on", "2019-05-14");
    }

    @Test
    void replayingAnUnchangedHistory_givesTheStateOnRecord() {
        aCumbriaInspectionWithItsReportReceived();
        clock.set(Instant.parse("2019-08-20T12:00:00Z"));
        ok(
                record(
                        """
                {"type": "WSOA_SUBMITTED", "on": "2019-08-20"}"""));
        clock.set(Instant.parse("2019-09-10T12:00:00Z"));
        ok(
                record(
                        """
                {"type": "WSOA_DECISION", "on": "2019-09-10", "fitForPurpose": false,
                 "resubmitBy": "2019-10-08"}"""));
        Inspection current = inspections.find(CUMBRIA).get();

        Replay.Outcome outcome =
                Replay.of(
                        current,
                        EffectiveHistory.of(inspections.history(CUMBRIA)),
                        new EventContext(
                                LocalDate.of(2019, 9, 10),
                                clock.instant(),
                                CALENDAR,
                                BuiltInRules.get()));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.state()).isEqualTo(current);
    }

    @Test
    void badRequests_areRefusedPerField_andWriteNothing() {
        aCumbriaInspectionWithItsReportReceived();
        Inspection before = inspections.find(CUMBRIA).get();

        assertThat(
                        invalid(
                                """
                {"type": "CORRECTION", "corrects": 9, "reason": "x", "fields": {"on": "2019-05-16"}}"""))
                .containsExactly(
                        new FieldError(
                                "corrects",
                                "There is no entry 9 in this inspection's record; its entries are"
                                        + " numbered 1 to 2"));
        assertThat(
                        invalid(
                                """
                {"type": "WITHDRAWAL", "withdraws": 1, "reason": "x"}"""))
                .containsExactly(
                        new FieldError(
                                "withdraws",
                                "Entry 1 (the record of the inspection itself) cannot be withdrawn: only the steps"
                                        + " officers record can be corrected or withdrawn, not the"
                                        + " record of the inspection itself, a system entry, a"
                                        + " correction or a withdrawal"));
        assertThat(
                        invalid(
                                """
                {"type": "CORRECTION", "corrects": 2, "fields": {"on": "2019-05-16"}}"""))
                .containsExactly(new FieldError("reason", "Enter the reason for the correction"));
        assertThat(
                        invalid(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "x", "fields": {"on": "2019-13-01"}}"""))
                .extracting(FieldError::field)
                .containsExactly("fields.on");
        assertThat(
                        invalid(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "x", "fields": {"colour": "red"}}"""))
                .extracting(FieldError::field)
                .containsExactly("fields.colour");
        assertThat(
                        invalid(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "x", "fields": {"on": "2019-05-14"}}"""))
                .containsExactly(
                        new FieldError(
                                "fields",
                                "The corrected fields are the same as recorded: there is nothing"
                                        + " to correct"));
        assertThat(
                        invalid(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "x"}"""))
                .containsExactly(new FieldError("fields", "Enter at least one corrected field"));

        assertThat(inspections.find(CUMBRIA)).contains(before);
        assertThat(inspections.history(CUMBRIA)).hasSize(2);
    }

    @Test
    void aCorrectionOrAWithdrawal_cannotItselfBeCorrected() {
        aCumbriaInspectionWithItsReportReceived();
        ok(
                record(
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "Typo",
                 "fields": {"on": "2019-05-16"}}"""));

        assertThat(
                        invalid(
                                """
                {"type": "WITHDRAWAL", "withdraws": 3, "reason": "x"}"""))
                .extracting(FieldError::message)
                .singleElement()
                .asString()
                .startsWith("Entry 3 (a correction) cannot be withdrawn");
    }

    @Test
    void aCorrectedDateInTheFuture_isRefusedOnItsField() {
        aCumbriaInspectionWithItsReportReceived();

        assertThat(
                        invalid(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "x", "fields": {"on": "2019-06-04"}}"""))
                .containsExactly(
                        new FieldError(
                                "fields.on",
                                "The date the report was received must be today or in the past"));
    }

    @Test
    void aCorrectionWithoutAReason_isAlsoToldWhatItsFieldsGetWrong() {
        aCumbriaInspectionWithItsReportReceived();

        assertThat(
                        invalid(
                                """
                {"type": "CORRECTION", "corrects": 2, "fields": {"on": "2019-06-04"}}"""))
                .containsExactly(
                        new FieldError("reason", "Enter the reason for the correction"),
                        new FieldError(
                                "fields.on",
                                "The date the report was received must be today or in the past"));
    }

    @Test
    void aWithdrawnStep_cannotBeWithdrawnAgain() {
        aCumbriaInspectionWithItsReportReceived();
        ok(
                record(
                        """
                {"type": "WITHDRAWAL", "withdraws": 2, "reason": "Draft"}"""));

        assertThat(
                        invalid(
                                """
                {"type": "WITHDRAWAL", "withdraws": 2, "reason": "Again"}"""))
                .containsExactly(new FieldError("withdraws", "Entry 2 has been withdrawn already"));
    }

    @Test
    void aDueDateCannotMoveBeforeTheStepThatSetIt_asThatStepNowStandsCorrected() {
        // given a WSoA judged not fit for purpose on 10 September 2019, resubmit by 8 October,
        // whose decision's date is then corrected to 3 September
        aCumbriaInspectionAskedToResubmitOn10September();
        ok(
                record(
                        """
                {"type": "CORRECTION", "corrects": 4, "reason": "Letter dated the 3rd",
                 "fields": {"on": "2019-09-03"}}"""));

        // then the resubmission's date may move to 5 September, after the corrected decision
        ok(
                record(
                        """
                {"type": "DEADLINE_OVERRIDDEN", "deadline": "WSOA_RESUBMISSION",
                 "dueOn": "2019-09-05", "reason": "Agreed with Ofsted"}"""));
        // and not to before it
        assertThat(
                        invalid(
                                """
                {"type": "DEADLINE_OVERRIDDEN", "deadline": "WSOA_RESUBMISSION",
                 "dueOn": "2019-09-02", "reason": "Agreed with Ofsted"}"""))
                .containsExactly(
                        new FieldError(
                                "dueOn",
                                "The new due date cannot be before 3 September 2019, the date of"
                                        + " the decision that set it"));
    }

    @Test
    void correctingTheStepThatSetADueDate_toAfterTheDateItWasMovedTo_isRefused() {
        // given the resubmission, set on 10 September, moved to 12 September
        aCumbriaInspectionAskedToResubmitOn10September();
        ok(
                record(
                        """
                {"type": "DEADLINE_OVERRIDDEN", "deadline": "WSOA_RESUBMISSION",
                 "dueOn": "2019-09-12", "reason": "Agreed with Ofsted"}"""));
        Inspection before = inspections.find(CUMBRIA).get();

        // when the decision is corrected to 15 September, after the date the deadline moved to
        Result<Recorded> result =
                record(
                        """
                {"type": "CORRECTION", "corrects": 4, "reason": "Typo",
                 "fields": {"on": "2019-09-15", "resubmitBy": "2019-10-15"}}""");

        // then the history could not have happened, and nothing changes
        assertThat(result.refusal().get()).isInstanceOf(Rejection.Conflict.class);
        assertThat(result.refusal().get().message())
                .startsWith(
                        "Correcting entry 4 (WSoA decision on 10 September 2019) would leave a"
                                + " history that cannot have happened: entry 5 (")
                .contains(
                        "would be refused: The new due date cannot be before 15 September 2019,"
                                + " the date of the decision that set it");
        assertThat(inspections.find(CUMBRIA)).contains(before);
    }

    @Test
    void aStepALaterOneStandsOn_cannotBeWithdrawn_andWhySaysDeadlinesByName_notByCode() {
        // given a monitoring visit (entry 5), and the date of the next visit it set then moved
        aCumbriaInspectionWithItsReportReceived();
        clock.set(Instant.parse("2020-06-01T09:00:00Z"));
        ok(record("{\"type\": \"WSOA_SUBMITTED\", \"on\": \"2019-08-20\"}"));
        ok(
                record(
                        """
                {"type": "WSOA_DECISION", "on": "2019-09-20", "fitForPurpose": true}"""));
        ok(
                record(
                        """
                {"type": "MONITORING_VISIT", "on": "2020-03-02",
                 "statuses": {"1": "ON_TRACK", "2": "DELAYED"}}"""));
        ok(
                record(
                        """
                {"type": "DEADLINE_OVERRIDDEN", "deadline": "MONITORING_REVIEW-2",
                 "dueOn": "2020-06-15", "reason": "Agreed with DfE"}"""));

        // when the visit is withdrawn
        Result<Recorded> result =
                record(
                        """
                {"type": "WITHDRAWAL", "withdraws": 5, "reason": "Recorded on the wrong inspection"}""");

        // then the moved date would be refused, and the officer reading why sees deadlines by
        // name, as forms give them: a probe read "(MONITORING_REVIEW)" on the withdrawal page
        assertThat(result.refusal().get()).isInstanceOf(Rejection.Conflict.class);
        assertThat(result.refusal().get().message())
                .contains("entry 6 (")
                .contains("would be refused")
                .contains("'DfE and NHS England monitoring visit' due")
                .doesNotContain("(MONITORING_REVIEW)")
                .doesNotContain("(REVISIT)")
                .doesNotContain("MONITORING_REVIEW-2");
    }

    /** Report 14 May 2019, WSoA submitted 20 August, not fit for purpose 10 September (entry 4). */
    private void aCumbriaInspectionAskedToResubmitOn10September() {
        aCumbriaInspectionWithItsReportReceived();
        clock.set(Instant.parse("2019-11-01T09:00:00Z"));
        ok(record("{\"type\": \"WSOA_SUBMITTED\", \"on\": \"2019-08-20\"}"));
        ok(
                record(
                        """
                {"type": "WSOA_DECISION", "on": "2019-09-10", "fitForPurpose": false,
                 "resubmitBy": "2019-10-08"}"""));
    }

    private void givenACumbriaInspection() {
        givenACumbriaInspection(Framework.LASEND_2016);
    }

    private void givenACumbriaInspection(Framework framework) {
        Instant created = Instant.parse("2019-03-11T10:00:00Z");
        inspections.create(
                Inspection.notified(
                        CUMBRIA,
                        new AreaId("cumbria"),
                        framework,
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
                        framework + " inspection recorded.",
                        EventInputs.details(Map.of("areaId", "cumbria"))));
    }

    @Test
    void aCorrectionThatTakesAwayAWeaknessThePlanStillRefersTo_isRefused_namingWhatRefersToIt() {
        InspectionService guarded = guardedBy(inspection -> Map.of(2, "1 action and 2 measures"));
        aCumbriaInspectionWithItsReportReceived();

        Result<Recorded> takesTwoAway =
                record(
                        guarded,
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "Only one weakness",
                 "fields": {"weaknesses": ["Timeliness of EHC plans"]}}""");
        Result<Recorded> keepsThemBoth =
                record(
                        guarded,
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "Date mistyped",
                 "fields": {"on": "2019-05-16"}}""");

        assertThat(takesTwoAway)
                .isEqualTo(
                        Result.refused(
                                new Rejection.Conflict(
                                        "This would take away area of weakness 2 (1 action and 2 measures), which the improvement plan still refers to: move those entries to another area of weakness first")));
        assertThat(keepsThemBoth.isOk()).isTrue();
        assertThat(inspections.history(CUMBRIA)).hasSize(3);
        assertThat(inspections.find(CUMBRIA).orElseThrow().weaknesses())
                .extracting(w -> w.number() + " " + w.title())
                .containsExactly("1 Timeliness of EHC plans", "2 Joint commissioning");
    }

    @Test
    void
            aCorrectionThatRenumbersAWeaknessThePlanRefersTo_isRefused_butATitleCorrectedInPlaceIsNot() {
        InspectionService guarded = guardedBy(inspection -> Map.of(1, "1 action"));
        givenACumbriaInspection();
        ok(
                record(
                        """
                {"type": "REPORT_RECEIVED", "on": "2019-05-14", "wsoaRequired": true,
                 "weaknesses": ["Timeliness of EHC plans", "Joint commissioning", "Transitions"]}"""));
        clock.set(Instant.parse("2019-06-03T09:00:00Z"));

        Result<Recorded> dropsTheFirst =
                record(
                        guarded,
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "The first was the draft's",
                 "fields": {"weaknesses": ["Joint commissioning", "Transitions"]}}""");
        Result<Recorded> swapsTwo =
                record(
                        guarded,
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "In the report's order",
                 "fields": {"weaknesses": ["Joint commissioning", "Timeliness of EHC plans", "Transitions"]}}""");

        String renumbers =
                "This would renumber the areas of weakness: area of weakness 1, 'Timeliness of EHC"
                        + " plans' (1 action), would become 'Joint commissioning'. The improvement"
                        + " plan refers to them by number, so its entries would move with the"
                        + " number: keep each area of weakness at its place in the list (correct a"
                        + " title where it stands), or move those entries first";
        assertThat(dropsTheFirst).isEqualTo(Result.refused(new Rejection.Conflict(renumbers)));
        assertThat(swapsTwo).isEqualTo(Result.refused(new Rejection.Conflict(renumbers)));
        assertThat(inspections.history(CUMBRIA)).hasSize(2);

        Result<Recorded> typoFixed =
                record(
                        guarded,
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "Title as the report has it",
                 "fields": {"weaknesses": ["Timeliness and quality of EHC plans", "Joint commissioning", "Transitions"]}}""");
        Result<Recorded> lastDropped =
                record(
                        guarded,
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "Transitions was not one",
                 "fields": {"weaknesses": ["Timeliness and quality of EHC plans", "Joint commissioning"]}}""");
        assertThat(typoFixed.isOk()).isTrue();
        assertThat(lastDropped.isOk()).as("nothing refers to weakness 3").isTrue();
        assertThat(inspections.find(CUMBRIA).orElseThrow().weaknesses())
                .extracting(w -> w.number() + " " + w.title())
                .containsExactly("1 Timeliness and quality of EHC plans", "2 Joint commissioning");
    }

    @Test
    void
            aCorrectionThatWouldHandAVisitsStatusToAnotherWeakness_isRefused_unlessTheVisitNamedItsTitle() {
        aCumbriaInspectionWithItsReportReceived();
        clock.set(Instant.parse("2020-06-01T09:00:00Z"));
        ok(
                record(
                        """
                {"type": "WSOA_SUBMITTED", "on": "2019-08-20"}"""));
        ok(
                record(
                        """
                {"type": "WSOA_DECISION", "on": "2019-09-20", "fitForPurpose": true}"""));
        ok(
                record(
                        """
                {"type": "MONITORING_VISIT", "on": "2020-03-02",
                 "statuses": {"1": "ON_TRACK", "2": "DELAYED"}}"""));

        Result<Recorded> swapped =
                record(
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "In the report's order",
                 "fields": {"weaknesses": ["Joint commissioning", "Timeliness of EHC plans"]}}""");

        assertThat(swapped)
                .isEqualTo(
                        Result.refused(
                                new Rejection.Conflict(
                                        "This would move what monitoring visits or revisits recorded"
                                                + " for area of weakness 1, 'Timeliness of EHC plans'"
                                                + " and area of weakness 2, 'Joint commissioning'"
                                                + " to another area of weakness: those steps refer to"
                                                + " areas of weakness by number. Keep each area of"
                                                + " weakness at its place in the list (correct a title"
                                                + " where it stands)")));
        assertThat(inspections.history(CUMBRIA)).hasSize(5);

        // a visit that names them by title: each keeps its status wherever its title goes
        ok(
                record(
                        """
                {"type": "CORRECTION", "corrects": 5, "reason": "Name both by title",
                 "fields": {"statuses": {"Timeliness of EHC plans": "ON_TRACK", "Joint commissioning": "DELAYED"}}}"""));
        Recorded reordered =
                ok(
                        record(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "In the report's order",
                 "fields": {"weaknesses": ["Joint commissioning", "Timeliness of EHC plans"]}}"""));
        assertThat(reordered.event().summary())
                .startsWith(
                        "Entry 2 (Report received on 14 May 2019) corrected: areas of weakness"
                                + " Timeliness of EHC plans, Joint commissioning → Joint"
                                + " commissioning, Timeliness of EHC plans.");
        assertThat(inspections.history(CUMBRIA).get(5).summary())
                .as("the visit's correction, in words")
                .contains(
                        "statuses 1: On track; 2: Delayed → Timeliness of EHC plans: On track;"
                                + " Joint commissioning: Delayed.");
        assertThat(reordered.inspection().weaknesses())
                .extracting(
                        w ->
                                w.number()
                                        + " "
                                        + w.title()
                                        + " "
                                        + w.history().get(w.history().size() - 1).status())
                .containsExactly(
                        "1 Joint commissioning DELAYED", "2 Timeliness of EHC plans ON_TRACK");
    }

    /** Not a correction, but the same service and store: a step the store cannot hold. */
    @Test
    void aStepThatWouldMakeTheRecordTooLargeToStore_isRefusedInWords_andNothingChanges() {
        aCumbriaInspectionWithItsReportReceived();
        Inspection before = inspections.find(CUMBRIA).orElseThrow();
        inspections.fill();

        Result<Recorded> refused =
                record(
                        """
                {"type": "WSOA_SUBMITTED", "on": "2019-06-03"}""");

        assertThat(refused.refusal())
                .get()
                .isInstanceOfSatisfying(
                        Rejection.Conflict.class,
                        conflict ->
                                assertThat(conflict.message())
                                        .startsWith(
                                                "This step would make the inspection's record larger than the tracker can keep: nothing was saved."));
        assertThat(inspections.find(CUMBRIA)).contains(before);
        assertThat(inspections.history(CUMBRIA)).hasSize(2);
    }

    @Test
    void aPublicationDateNotKnownWhenTheReportWasRecorded_isOffered_andCanBeGiven() {
        aCumbriaInspectionWithItsReportReceived();
        StepsOnRecord steps = StepsOnRecord.of(inspections.history(CUMBRIA));
        assertThat(steps.dateFields(2)).containsExactly("on", "publishedOn");
        assertThat(steps.optionalDate(2, "publishedOn")).isTrue();
        assertThat(steps.optionalDate(2, "on")).isFalse();
        assertThat(steps.date(2, "publishedOn")).isEmpty();

        // as the change form sends it: every date it shows, changed or not
        Recorded recorded =
                ok(
                        record(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "Published since",
                 "fields": {"on": "2019-05-14", "publishedOn": "2019-05-21"}}"""));

        assertThat(keyDatesOf(recorded.inspection()))
                .containsEntry(KeyDates.REPORT_PUBLISHED, LocalDate.of(2019, 5, 21));
        assertThat(recorded.event().summary())
                .as("only what changed")
                .isEqualTo(
                        "Entry 2 (Report received on 14 May 2019) corrected: publication date"
                                + " (none) → 21 May 2019. Reason: Published since");
        assertThat(EventInputs.map(recorded.event().details()))
                .containsEntry("fields", Map.of("publishedOn", "2019-05-21"));
        assertThat(StepsOnRecord.of(inspections.history(CUMBRIA)).date(2, "publishedOn"))
                .contains(LocalDate.of(2019, 5, 21));
    }

    @Test
    void aBlankField_isRefused_notTakenForARemoval_andADateWithSpacesAroundIsTheDate() {
        aCumbriaInspectionWithItsReportReceived();

        assertThat(
                        invalid(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "Clear it",
                 "fields": {"publishedOn": " "}}"""))
                .containsExactly(
                        new FieldError(
                                "fields.publishedOn", "Give a value, or null to remove the field"));

        Recorded recorded =
                ok(
                        record(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "Published since",
                 "fields": {"publishedOn": " 2019-05-22 "}}"""));
        assertThat(EventInputs.map(recorded.event().details()))
                .containsEntry("fields", Map.of("publishedOn", "2019-05-22"));
    }

    @Test
    void aRequiredAnswerRemovedWithANull_isA400OnItsField_notAnImpossibleHistory() {
        aCumbriaInspectionWithItsReportReceived();

        List<FieldError> errors =
                invalid(
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "Not decided",
                 "fields": {"wsoaRequired": null}}""");

        assertThat(errors).extracting(FieldError::field).containsExactly("fields.wsoaRequired");
        assertThat(inspections.history(CUMBRIA)).hasSize(2);
    }

    @Test
    void theSameStepWrittenAnotherWay_isNothingToCorrect() {
        aCumbriaInspectionWithItsReportReceived();

        for (String fields :
                List.of(
                        "{\"wsoaRequired\": \"true\"}",
                        "{\"weaknesses\": [\" Timeliness of EHC plans\", \"Joint commissioning \"]}")) {
            assertThat(
                            invalid(
                                    """
                    {"type": "CORRECTION", "corrects": 2, "reason": "Again", "fields": %s}"""
                                            .formatted(fields)))
                    .as(fields)
                    .containsExactly(
                            new FieldError(
                                    "fields",
                                    "The corrected fields are the same as recorded: there is nothing to correct"));
        }
        assertThat(inspections.history(CUMBRIA)).hasSize(2);
    }

    @Test
    void aPublicationDateRecordedByMistake_isRemovedByANull_andStaysOffered() {
        aCumbriaInspectionWithItsReportReceived();
        ok(
                record(
                        """
                {"type": "CORRECTION", "corrects": 2, "reason": "Published since",
                 "fields": {"publishedOn": "2019-05-21"}}"""));

        Recorded recorded =
                ok(
                        record(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "Not published yet after all",
                 "fields": {"publishedOn": null}}"""));

        assertThat(keyDatesOf(recorded.inspection())).doesNotContainKey(KeyDates.REPORT_PUBLISHED);
        assertThat(recorded.event().summary())
                .isEqualTo(
                        "Entry 2 (Report received on 14 May 2019) corrected: publication date 21"
                                + " May 2019 → (none). Reason: Not published yet after all");
        StepsOnRecord steps = StepsOnRecord.of(inspections.history(CUMBRIA));
        assertThat(steps.date(2, "publishedOn")).isEmpty();
        assertThat(steps.dateFields(2)).containsExactly("on", "publishedOn");
    }

    @Test
    void theOptionalDatesOffered_areThoseEachTypesReaderTakesAndMayGoWithout() {
        for (EventType type : EventType.values()) {
            for (String name : EventReader.optionalDates(type)) {
                FieldReader without = new FieldReader(Map.of("on", "2019-05-14"));
                EventReader.read(type, without);
                assertThat(without.errors())
                        .as("%s without %s", type, name)
                        .extracting(FieldError::field)
                        .doesNotContain(name);

                FieldReader wrong = new FieldReader(Map.of("on", "2019-05-14", name, "soon"));
                EventReader.read(type, wrong);
                assertThat(wrong.errors())
                        .as("%s reads %s", type, name)
                        .extracting(FieldError::field)
                        .contains(name);
            }
        }
        assertThat(EventReader.optionalDates(EventType.WSOA_SUBMITTED)).isEmpty();
    }

    @Test
    void aReportsOutcomeCorrected_isOfferedAsItStands_andSummarisedInWords() {
        // given a 2023 report recorded through the form: outcome 1, as text
        givenACumbriaInspection(Framework.AREA_SEND_2023);
        ok(record("{\"type\": \"REPORT_RECEIVED\", \"on\": \"2019-05-14\", \"outcome\": \"1\"}"));
        clock.set(Instant.parse("2019-06-03T09:00:00Z"));
        StepsOnRecord before = StepsOnRecord.of(inspections.history(CUMBRIA));
        assertThat(before.outcome(2)).contains("1");
        assertThat(before.weaknesses(2)).isEmpty();

        // when it is corrected to outcome 3 with an area for priority action
        Recorded recorded =
                ok(
                        record(
                                """
                {"type": "CORRECTION", "corrects": 2, "reason": "Misread",
                 "fields": {"outcome": "3", "weaknesses": ["Timeliness of EHC plans"]}}"""));

        // then the summary names the outcome by its number and the areas as the 2023 report does
        assertThat(recorded.inspection().stage()).isEqualTo(Stage.ACTION_PLAN_DUE);
        assertThat(recorded.event().summary())
                .startsWith(
                        "Entry 2 (Report received on 14 May 2019) corrected: outcome 1 → 3, areas"
                                + " for priority action (none) → Timeliness of EHC plans. Stage now"
                                + " Priority action plan due (was ")
                .endsWith(" Reason: Misread");
        StepsOnRecord after = StepsOnRecord.of(inspections.history(CUMBRIA));
        assertThat(after.outcome(2)).contains("3");
        assertThat(after.weaknesses(2)).containsExactly("Timeliness of EHC plans");
        assertThat(after.outcome(1)).isEmpty();
    }

    private void aCumbriaInspectionWithItsReportReceived() {
        givenACumbriaInspection();
        ok(
                record(
                        """
                {"type": "REPORT_RECEIVED", "on": "2019-05-14", "wsoaRequired": true,
                 "weaknesses": ["Timeliness of EHC plans", "Joint commissioning"]}"""));
        clock.set(Instant.parse("2019-06-03T09:00:00Z"));
    }

    private Result<Recorded> record(String json) {
        return record(service, json);
    }

    private Result<Recorded> record(InspectionService through, String json) {
        Map<String, Object> input = parse(json);
        return through.record(CUMBRIA.value(), input, Optional.empty(), Optional.empty(), OFFICER);
    }

    /** The service, with an improvement plan that refers to the areas of weakness as given. */
    private InspectionService guardedBy(WeaknessReferences references) {
        return new InspectionService(
                inspections,
                NoAreas.AT_ALL,
                CALENDAR,
                BuiltInRules.get(),
                clock,
                List.of(),
                references);
    }

    private List<FieldError> invalid(String json) {
        Result<Recorded> result = record(json);
        assertThat(result.refusal()).get().isInstanceOf(Rejection.Invalid.class);
        return ((Rejection.Invalid) result.refusal().get()).errors();
    }

    private static Map<String, LocalDate> keyDatesOf(Inspection inspection) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        inspection.keyDates().forEach(dates::put);
        return dates;
    }

    private static Recorded ok(Result<Recorded> result) {
        assertThat(result.refusal()).isEmpty();
        return result.orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> original(RecordedEvent entry) {
        return (Map<String, Object>) EventInputs.map(entry.details()).get("original");
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
