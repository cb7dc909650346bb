package org.sendtracker.improvement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.improvement.model.ActionStatus;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.reminders.testing.Cumbria2019;
import org.sendtracker.reminders.testing.InMemoryAreas;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;
import org.sendtracker.testing.SettableClock;

class ImprovementServiceTest {

    private static final Actor OFFICER = new Actor("sub-1", "Jo Officer");
    private static final String ID = Cumbria2019.ID.value();

    private final SettableClock clock = SettableClock.at("2020-01-06T10:00:00Z");
    private final InMemoryPlans plans = new InMemoryPlans();
    private final List<RecordedEvent> told = new ArrayList<>();
    private ImprovementService service;

    @BeforeEach
    void anInspectionInMonitoring() {
        plans.store(Cumbria2019.recordedAsItHappened().inMonitoring());
        service =
                new ImprovementService(
                        plans.inspections(),
                        plans,
                        new InMemoryAreas(Cumbria2019.area()),
                        BuiltInRules.get(),
                        Cumbria2019.CALENDAR,
                        clock,
                        List.of((inspection, event) -> told.add(event)));
    }

    private static ImprovementService.Request request(String json) {
        return ImprovementService.Request.of(Cumbria2019.parse(json), OFFICER);
    }

    private Result<Changed> anImprovementBoardEveryTwoMonths() {
        return service.saveBoard(
                ID,
                "improvement-board",
                request(
                        """
                        {"name": "SEND Improvement Board", "kind": "IMPROVEMENT_BOARD",
                         "members": ["jo.lead@cumbria.gov.uk"],
                         "cadence": {"kind": "EVERY_MONTHS", "every": 2, "from": "2020-01-15", "until": "2020-07-15"}}"""));
    }

    private Inspection stored() {
        return plans.inspection(Cumbria2019.ID);
    }

    private List<Deadline> boardReports() {
        return stored().deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.BOARD_REPORT)
                .toList();
    }

    @Test
    void aBoardsCadence_becomesCouncilDeadlinesOfTheInspection_ownedByTheLeadOfficer() {
        long before = stored().version();

        Result<Changed> saved = anImprovementBoardEveryTwoMonths();

        assertThat(saved).isInstanceOf(Result.Ok.class);
        assertThat(boardReports())
                .extracting(Deadline::id, Deadline::dueOn)
                .containsExactly(
                        tuple(
                                "BOARD_REPORT-improvement-board-2020-01-15",
                                LocalDate.of(2020, 1, 15)),
                        tuple(
                                "BOARD_REPORT-improvement-board-2020-03-15",
                                LocalDate.of(2020, 3, 15)),
                        tuple(
                                "BOARD_REPORT-improvement-board-2020-05-15",
                                LocalDate.of(2020, 5, 15)),
                        tuple(
                                "BOARD_REPORT-improvement-board-2020-07-15",
                                LocalDate.of(2020, 7, 15)));
        Deadline first = boardReports().get(0);
        assertThat(first.rule())
                .isEqualTo(
                        "Report to the SEND Improvement Board, every 2 months from 15 January 2020 until 15 July 2020");
        assertThat(first.owner().name()).isEqualTo("LEAD_OFFICER");
        assertThat(stored().version()).isEqualTo(before + 1);
        assertThat(plans.events)
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.type()).isEqualTo("BOARD_SAVED");
                            assertThat(e.actor()).isEqualTo("Jo Officer");
                            assertThat(e.summary())
                                    .isEqualTo(
                                            "Board added: SEND Improvement Board; reports due every 2 months from 15 January 2020 until 15 July 2020.");
                        });
        assertThat(told).hasSize(1);
    }

    @Test
    void aNewCadence_cancelsTheOutstandingReportsItDrops_andKeepsThosePresented() {
        anImprovementBoardEveryTwoMonths();
        clock.set(Instant.parse("2020-01-20T10:00:00Z"));
        service.recordBoardReport(
                ID,
                "improvement-board",
                request(
                        """
                        {"dueOn": "2020-01-15", "presentedOn": "2020-01-16"}"""));

        service.saveBoard(
                ID,
                "improvement-board",
                request(
                        """
                        {"name": "SEND Improvement Board", "kind": "IMPROVEMENT_BOARD",
                         "cadence": {"kind": "MEETING_DATES", "meetings": ["2020-04-02"]}}"""));

        assertThat(boardReports())
                .extracting(Deadline::dueOn, d -> d.statusOn(LocalDate.of(2020, 1, 20)))
                .containsExactlyInAnyOrder(
                        tuple(LocalDate.of(2020, 1, 15), DeadlineStatus.MET_LATE),
                        tuple(LocalDate.of(2020, 3, 15), DeadlineStatus.CANCELLED),
                        tuple(LocalDate.of(2020, 5, 15), DeadlineStatus.CANCELLED),
                        tuple(LocalDate.of(2020, 7, 15), DeadlineStatus.CANCELLED),
                        tuple(LocalDate.of(2020, 4, 2), DeadlineStatus.OPEN));
        // (presented the day after it was due: met, one day late)
        assertThat(boardReports().get(0).metOn()).isEqualTo(LocalDate.of(2020, 1, 16));
        assertThat(boardReports().get(0).daysLate()).isEqualTo(1);
    }

    @Test
    void recordingAReportTwice_isAConflict_andNotADueIsAFieldError() {
        anImprovementBoardEveryTwoMonths();
        clock.set(Instant.parse("2020-01-20T10:00:00Z"));
        service.recordBoardReport(
                ID,
                "improvement-board",
                request("{\"dueOn\": \"2020-01-15\", \"presentedOn\": \"2020-01-15\"}"));

        Result<Changed> again =
                service.recordBoardReport(
                        ID,
                        "improvement-board",
                        request("{\"dueOn\": \"2020-01-15\", \"presentedOn\": \"2020-01-16\"}"));
        Result<Changed> notDue =
                service.recordBoardReport(
                        ID,
                        "improvement-board",
                        request("{\"dueOn\": \"2020-01-16\", \"presentedOn\": \"2020-01-16\"}"));

        assertThat(again)
                .isEqualTo(
                        Result.refused(
                                new Rejection.Conflict(
                                        "The report due on 15 January 2020 was already recorded as presented on 15 January 2020")));
        assertThat(errors(notDue))
                .containsExactly(
                        new FieldError(
                                "dueOn",
                                "No report to the SEND Improvement Board is due on 16 January 2020"));
    }

    @Test
    void whatThePlanRecordsAsDone_cannotPredateTheInspectionsNotification() {
        anImprovementBoardEveryTwoMonths();
        clock.set(Instant.parse("2020-01-20T10:00:00Z"));

        Result<Changed> presentedEarly =
                service.recordBoardReport(
                        ID,
                        "improvement-board",
                        request("{\"dueOn\": \"2020-01-15\", \"presentedOn\": \"2019-01-01\"}"));
        Result<Changed> completedEarly =
                service.addAction(
                        ID,
                        request(
                                """
                                {"weakness": 2, "title": "t", "owner": "o", "dueOn": "2020-03-01",
                                 "progress": "COMPLETE", "completedOn": "2019-01-01"}"""));

        assertThat(errors(presentedEarly))
                .containsExactly(
                        new FieldError(
                                "presentedOn",
                                "The date it was presented cannot be before 11 March 2019, the date the inspection was notified"));
        assertThat(errors(completedEarly))
                .containsExactly(
                        new FieldError(
                                "completedOn",
                                "The date it was completed cannot be before 11 March 2019, the date the inspection was notified"));
    }

    @Test
    void aBaselineInTheFuture_orATargetDateNotAfterIt_isRefused() {
        // today is 6 January 2020
        Result<Changed> future =
                service.addMeasure(
                        ID,
                        request(
                                """
                                {"weakness": 2, "name": "EHC plans within 20 weeks", "unit": "%",
                                 "direction": "HIGHER_IS_BETTER", "baseline": 40, "baselineOn": "2020-01-07",
                                 "target": 60, "targetBy": "2021-01-01"}"""));
        Result<Changed> sameDay =
                service.addMeasure(
                        ID,
                        request(
                                """
                                {"weakness": 2, "name": "EHC plans within 20 weeks", "unit": "%",
                                 "direction": "HIGHER_IS_BETTER", "baseline": 40, "baselineOn": "2020-01-06",
                                 "target": 60, "targetBy": "2020-01-06"}"""));

        assertThat(errors(future))
                .containsExactly(
                        new FieldError(
                                "baselineOn", "The date of the baseline cannot be in the future"));
        assertThat(errors(sameDay))
                .containsExactly(
                        new FieldError(
                                "targetBy",
                                "The date the target is for must be after the baseline's date"));
        assertThat(service.plan(ID).orElseThrow().measures()).isEmpty();
    }

    @Test
    void aTargetWorseThanTheBaseline_isRefused_asADirectionOrANumberMistyped() {
        Result<Changed> backwards =
                service.addMeasure(
                        ID,
                        request(
                                """
                                {"weakness": 2, "name": "Weeks waiting for an assessment", "unit": "weeks",
                                 "direction": "LOWER_IS_BETTER", "baseline": 10, "baselineOn": "2019-06-01",
                                 "target": 80}"""));
        Result<Changed> level =
                service.addMeasure(
                        ID,
                        request(
                                """
                                {"weakness": 2, "name": "EHC plans within 20 weeks", "unit": "%",
                                 "direction": "HIGHER_IS_BETTER", "baseline": 60, "baselineOn": "2019-06-01",
                                 "target": 60}"""));

        assertThat(errors(backwards))
                .containsExactly(
                        new FieldError(
                                "target",
                                "The target must be at most the baseline (10) when lower is better:"
                                        + " check the target, or which way is better"));
        assertThat(level.isOk()).as("holding the baseline is a target").isTrue();
    }

    @Test
    void aBoardReportsName_isReadBackFromItsRule_whicheverItsCadenceAndWhomItReportsTo() {
        anImprovementBoardEveryTwoMonths();
        assertThat(boardReports())
                .extracting(d -> Board.reportName(d.rule()).orElseThrow())
                .containsOnly("Report to the SEND Improvement Board");

        service.saveBoard(
                ID,
                "hwb",
                request(
                        """
                        {"name": "Health, Care and Wellbeing Board", "kind": "HEALTH_AND_WELLBEING_BOARD",
                         "cadence": {"kind": "MEETING_DATES", "meetings": ["2020-04-02", "2020-06-04"]}}"""));
        service.saveBoard(
                ID,
                "improvement-board",
                request(
                        """
                        {"name": "SEND Improvement Board", "kind": "IMPROVEMENT_BOARD", "reportsTo": "hwb",
                         "members": ["jo.lead@cumbria.gov.uk"],
                         "cadence": {"kind": "EVERY_MONTHS", "every": 2, "from": "2020-01-15", "until": "2020-07-15"}}"""));

        assertThat(boardReports())
                .filteredOn(d -> !d.cancelled())
                .extracting(d -> Board.reportName(d.rule()).orElseThrow())
                .containsOnly(
                        "SEND Improvement Board's report to the Health, Care and Wellbeing Board",
                        "Report to the Health, Care and Wellbeing Board");
        assertThat(Board.reportName("Written by hand, in another form")).isEmpty();
        assertThat(Board.reportName(null)).isEmpty();
    }

    @Test
    void aRetryWithItsKey_isAnsweredAsFirst_andSettlesTheInspectionsLists() {
        // a retry is how a client recovers from a change cut short, even between its parts
        ImprovementService.Request asked =
                new ImprovementService.Request(
                        Cumbria2019.parse(
                                """
                        {"name": "SEND Improvement Board", "kind": "IMPROVEMENT_BOARD"}"""),
                        Optional.empty(),
                        Optional.of("board-key-1"),
                        OFFICER);
        Result<Changed> first = service.saveBoard(ID, "improvement-board", asked);
        assertThat(plans.settled).isEmpty();

        Result<Changed> again = service.saveBoard(ID, "improvement-board", asked);

        assertThat(((Result.Ok<Changed>) again).value().replayed()).isTrue();
        assertThat(((Result.Ok<Changed>) again).value().event())
                .isEqualTo(((Result.Ok<Changed>) first).value().event());
        assertThat(plans.settled).containsExactly(Cumbria2019.ID);
    }

    @Test
    void aCopyOfARemovalSentAtTheSameMoment_getsTheFirstAnswer_notANotFound() {
        service.addAction(
                ID,
                request(
                        """
                        {"weakness": 1, "title": "Audit late plans", "owner": "Head of SEND", "dueOn": "2020-03-01"}"""));
        ImprovementService.Request removal =
                new ImprovementService.Request(
                        java.util.Map.of(), Optional.empty(), Optional.of("remove-1"), OFFICER);
        // the copy looks for its key before the first has stored it, then finds the action gone
        ImprovementPlans racing =
                new ImprovementPlans() {
                    private boolean looked;

                    @Override
                    public ImprovementPlan find(org.sendtracker.inspection.model.InspectionId id) {
                        return plans.find(id);
                    }

                    @Override
                    public void update(
                            Inspection previous,
                            Inspection next,
                            ImprovementPlan plan,
                            RecordedEvent event,
                            Optional<PlanChange> idempotency) {
                        plans.update(previous, next, plan, event, idempotency);
                    }

                    @Override
                    public Optional<PlanChange> idempotentResult(
                            org.sendtracker.inspection.model.InspectionId id, String key) {
                        if (!looked) {
                            looked = true;
                            return Optional.empty();
                        }
                        return plans.idempotentResult(id, key);
                    }
                };
        ImprovementService copy =
                new ImprovementService(
                        plans.inspections(),
                        racing,
                        new InMemoryAreas(Cumbria2019.area()),
                        BuiltInRules.get(),
                        Cumbria2019.CALENDAR,
                        clock,
                        List.of());

        Result<Changed> first = service.removeAction(ID, "action-1", removal);
        Result<Changed> second = copy.removeAction(ID, "action-1", removal);

        assertThat(first.isOk()).isTrue();
        assertThat(second.isOk()).as("%s", second).isTrue();
        assertThat(((Result.Ok<Changed>) second).value().replayed()).isTrue();
        assertThat(((Result.Ok<Changed>) second).value().event())
                .isEqualTo(((Result.Ok<Changed>) first).value().event());
    }

    @Test
    void twoBoardsOfOnePlan_cannotShareAName() {
        assertThat(board("board-a", null).isOk()).isTrue();

        Result<Changed> same =
                service.saveBoard(
                        ID,
                        "board-b",
                        request(
                                """
                                {"name": " BOARD-a ", "kind": "OTHER"}"""));
        service.saveBoard(
                ID,
                "send-board",
                request(
                        """
                        {"name": "SEND Board", "kind": "OTHER"}"""));
        Result<Changed> spaced =
                service.saveBoard(
                        ID,
                        "board-c",
                        request(
                                """
                                {"name": "send   board", "kind": "OTHER"}"""));

        assertThat(errors(same))
                .containsExactly(
                        new FieldError(
                                "name",
                                "There is already a board called board-a in this plan: give this one another name"));
        assertThat(errors(spaced))
                .containsExactly(
                        new FieldError(
                                "name",
                                "There is already a board called SEND Board in this plan: give this one another name"));
        assertThat(board("board-a", null).isOk()).as("re-saving a board keeps its name").isTrue();
    }

    @Test
    void reportingLinesThatGoRoundInACircle_areRefused() {
        // given board-c reports to board-b, which reports to board-a
        assertThat(board("board-a", null).isOk()).isTrue();
        assertThat(board("board-b", "board-a").isOk()).isTrue();
        assertThat(board("board-c", "board-b").isOk()).isTrue();

        // when board-a is made to report to board-c
        Result<Changed> circle = board("board-a", "board-c");

        assertThat(errors(circle))
                .containsExactly(
                        new FieldError(
                                "reportsTo",
                                "The board 'board-c' reports to this one, directly or through"
                                        + " others: reporting lines cannot go round in a circle"));
    }

    private Result<Changed> board(String id, String reportsTo) {
        return service.saveBoard(
                ID,
                id,
                request(
                        """
                        {"name": "%s", "kind": "OTHER", "reportsTo": %s}"""
                                .formatted(
                                        id, reportsTo == null ? "null" : "\"" + reportsTo + "\"")));
    }

    @Test
    void aBadBoard_isRefusedFieldByField_andNothingIsWritten() {
        Result<Changed> refused =
                service.saveBoard(
                        ID,
                        "Improvement Board",
                        request(
                                """
                                {"kind": "COMMITTEE", "members": ["nobody@example.org"], "reportsTo": "hwb",
                                 "cadence": {"kind": "EVERY_MONTHS", "every": 13, "from": "2020-02-30"}, "colour": "red"}"""));

        assertThat(errors(refused))
                .containsExactlyInAnyOrder(
                        new FieldError(
                                "colour",
                                "'colour' is not a field here; expected one of [cadence, illustrative, kind, members, name, reportsTo]"),
                        new FieldError(
                                "id",
                                "A board's id must be lower-case letters, digits and hyphens (at most 40), for example improvement-board"),
                        new FieldError("name", "Enter the board's name"),
                        new FieldError(
                                "kind",
                                "The kind of board must be one of IMPROVEMENT_BOARD (Improvement board),"
                                        + " PARTNERSHIP_BOARD (SEND partnership board),"
                                        + " HEALTH_AND_WELLBEING_BOARD (Health and Wellbeing Board)"
                                        + " or OTHER (Other board)",
                                "The kind of board must be one of Improvement board, SEND"
                                        + " partnership board, Health and Wellbeing Board or Other"
                                        + " board"),
                        new FieldError(
                                "members[0]",
                                "'nobody@example.org' is not one of Cumbria's contacts: add them to the area first"),
                        new FieldError(
                                "reportsTo",
                                "There is no board 'hwb' for this inspection: add it first"),
                        new FieldError(
                                "cadence.every",
                                "How many months apart must be a whole number from 1 to 12"),
                        new FieldError(
                                "cadence.from",
                                "The date the first report is due must be a real date (30 February 2020 does not exist)"));
        assertThat(plans.events).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void badMeetingDates_areRefusedOneByOne_eachNamingTheDateTyped() {
        Result<Changed> refused =
                service.saveBoard(
                        ID,
                        "improvement-board",
                        request(
                                """
                                {"name": "Improvement Board", "kind": "IMPROVEMENT_BOARD",
                                 "cadence": {"kind": "MEETING_DATES",
                                  "meetings": ["2020-01-10", "2020-02-30", "14 March 2020", "2100-01-01", "2020-01-10"]}}"""));

        assertThat(errors(refused))
                .containsExactly(
                        new FieldError(
                                "cadence.meetings[1]",
                                "The meeting date '2020-02-30' must be a real date (30 February 2020 does not exist)"),
                        new FieldError(
                                "cadence.meetings[2]",
                                "The meeting date '14 March 2020' must be a date in the form YYYY-MM-DD, for example 2019-05-14"),
                        new FieldError(
                                "cadence.meetings[3]",
                                "The meeting date '2100-01-01' must be between 1 January 2014 and 31 December 2099 (1 January 2100 is not)"),
                        new FieldError(
                                "cadence.meetings[4]",
                                "The meeting date 10 January 2020 is listed more than once"));
        assertThat(plans.events).isEmpty();
    }

    @Test
    void anAction_isAddedWithTheNextId_andCompletedLateShowsAsSuch() {
        Result<Changed> added =
                service.addAction(
                        ID,
                        request(
                                """
                                {"weakness": 2, "title": "Audit every EHC plan issued late", "owner": "Head of SEND", "dueOn": "2019-12-31"}"""));
        Result<Changed> completed =
                service.updateAction(
                        ID,
                        "action-1",
                        request(
                                """
                                {"weakness": 2, "title": "Audit every EHC plan issued late", "owner": "Head of SEND", "dueOn": "2019-12-31",
                                 "progress": "COMPLETE", "completedOn": "2020-01-03"}"""));

        assertThat(added).isInstanceOf(Result.Ok.class);
        ImprovementPlan plan = service.plan(ID).orElseThrow();
        assertThat(plan.actions())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.id()).isEqualTo("action-1");
                            assertThat(a.statusOn(service.today()))
                                    .isEqualTo(ActionStatus.COMPLETE_LATE);
                        });
        assertThat(plan.version()).isEqualTo(stored().version());
        assertThat(((Result.Ok<Changed>) completed).value().event().summary())
                .isEqualTo(
                        "Action changed for area of weakness 2: Audit every EHC plan issued late (owner Head of SEND, due 31 December 2019): complete (late).");
    }

    @Test
    void anActionForAWeaknessTheInspectionDoesNotHave_isAFieldError() {
        Result<Changed> refused =
                service.addAction(
                        ID,
                        request(
                                """
                                {"weakness": 7, "title": "t", "owner": "o", "dueOn": "2020-03-01", "progress": "COMPLETE"}"""));

        assertThat(errors(refused))
                .containsExactly(
                        new FieldError(
                                "weakness",
                                "There is no area of weakness 7 in this inspection (it has 3)"),
                        new FieldError("completedOn", "Enter the date it was completed"));
    }

    @Test
    void aMeasure_keepsItsDatedValues_andAValueForTheSameDayReplacesTheFirst() {
        service.addMeasure(
                ID,
                request(
                        """
                        {"weakness": 2, "name": "EHC plans issued within 20 weeks", "unit": "%", "direction": "HIGHER_IS_BETTER",
                         "baseline": 31.5, "baselineOn": "2019-05-01", "target": "80", "targetBy": "2021-03-31"}"""));
        service.recordMeasureValue(
                ID, "measure-1", request("{\"on\": \"2019-12-31\", \"value\": 40}"));
        Result<Changed> replaced =
                service.recordMeasureValue(
                        ID, "measure-1", request("{\"on\": \"2019-12-31\", \"value\": \"42.5\"}"));

        assertThat(service.plan(ID).orElseThrow().measure("measure-1").orElseThrow().values())
                .singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualByComparingTo(new BigDecimal("42.5")));
        assertThat(((Result.Ok<Changed>) replaced).value().event().summary())
                .isEqualTo(
                        "EHC plans issued within 20 weeks: 42.5 % on 31 December 2019 (replacing 40).");
    }

    @Test
    void aMeasureChanged_keepsItsNewTargetAsAskedInTheEntry_withTheMeasureNamedBeside() {
        service.addMeasure(
                ID,
                request(
                        """
                        {"weakness": 2, "name": "EHC plans issued within 20 weeks", "unit": "%", "direction": "HIGHER_IS_BETTER",
                         "baseline": 31.5, "baselineOn": "2019-05-01", "target": 80, "targetBy": "2021-03-31"}"""));

        Result<Changed> changed =
                service.updateMeasure(
                        ID,
                        "measure-1",
                        request(
                                """
                        {"weakness": 2, "name": "EHC plans issued within 20 weeks", "unit": "%", "direction": "HIGHER_IS_BETTER",
                         "baseline": 31.5, "baselineOn": "2019-05-01", "target": 90, "targetBy": "2021-03-31"}"""));

        RecordedEvent entry = ((Result.Ok<Changed>) changed).value().event();
        assertThat(entry.type()).isEqualTo("MEASURE_UPDATED");
        // the id once took the place of the target asked for: the entry said target "measure-1"
        assertThat(entry.details().value("target")).hasValue(90);
        assertThat(entry.details().text("measure")).hasValue("measure-1");
        assertThat(service.plan(ID).orElseThrow().measure("measure-1").orElseThrow().target())
                .isEqualByComparingTo("90");
    }

    @Test
    void anAdditionsEntry_namesTheIdItGave_asAChangesEntryNamesTheOneItChanged() {
        Result<Changed> action =
                service.addAction(
                        ID,
                        request(
                                """
                                {"weakness": 2, "title": "Audit plans", "owner": "Head of SEND", "dueOn": "2020-03-31", "progress": "IN_PROGRESS"}"""));
        Result<Changed> measure =
                service.addMeasure(
                        ID,
                        request(
                                """
                                {"weakness": 1, "name": "Plans on time", "unit": "%", "direction": "HIGHER_IS_BETTER",
                                 "baseline": 31.5, "baselineOn": "2019-05-01", "target": 80}"""));

        // a later ACTION_UPDATED or value names "action-1": the entry that made it says so too,
        // rather than leaving a reader of the trail to count additions
        RecordedEvent actionAdded = ((Result.Ok<Changed>) action).value().event();
        assertThat(actionAdded.type()).isEqualTo("ACTION_ADDED");
        assertThat(actionAdded.details().text("target")).hasValue("action-1");
        RecordedEvent measureAdded = ((Result.Ok<Changed>) measure).value().event();
        assertThat(measureAdded.type()).isEqualTo("MEASURE_ADDED");
        assertThat(measureAdded.details().text("measure")).hasValue("measure-1");
        assertThat(measureAdded.details().value("target")).hasValue(80);
    }

    @Test
    void aValueInTheFutureOrNotANumber_isRefused() {
        service.addMeasure(
                ID,
                request(
                        """
                        {"weakness": 1, "name": "Autism assessment waiting time", "unit": "weeks", "direction": "LOWER_IS_BETTER",
                         "baseline": 52, "baselineOn": "2019-05-01", "target": 18}"""));

        Result<Changed> refused =
                service.recordMeasureValue(
                        ID, "measure-1", request("{\"on\": \"2020-02-01\", \"value\": \"lots\"}"));

        assertThat(errors(refused))
                .containsExactly(
                        new FieldError("on", "The date the value is for cannot be in the future"),
                        new FieldError(
                                "value",
                                "The value must be a number such as 42 or 61.5 (up to 4 decimal places)"));
    }

    @Test
    void aValueThatIsNotANumber_orHasTooManyDigits_isRefusedNamingWhatIsWrong() {
        service.addMeasure(
                ID,
                request(
                        """
                        {"weakness": 1, "name": "EHC plans", "unit": "%", "direction": "HIGHER_IS_BETTER",
                         "baseline": 31.5, "baselineOn": "2019-05-01", "target": 80}"""));

        Map<String, String> expected = new LinkedHashMap<>();
        for (String notANumber : List.of("true", "[]", "{}", "[42]")) {
            expected.put(notANumber, "The value must be a number such as 42 or 61.5");
        }
        for (String tooLarge :
                List.of(
                        "1234567890",
                        "\"1234567890.5\"",
                        "-1234567890",
                        "12345678901234567890123",
                        "\"123456789012345678901234567890\"")) {
            expected.put(tooLarge, "The value must have at most 9 digits before the decimal point");
        }
        expected.put("\"61.12345\"", "The value must have at most 4 decimal places");
        expected.put(
                "\"1234567890.12345\"",
                "The value must have at most 9 digits before the decimal point and 4 decimal"
                        + " places");
        expected.forEach(
                (given, message) ->
                        assertThat(
                                        errors(
                                                service.recordMeasureValue(
                                                        ID,
                                                        "measure-1",
                                                        request(
                                                                "{\"on\": \"2019-12-31\", \"value\": "
                                                                        + given
                                                                        + "}"))))
                                .as(given)
                                .containsExactly(new FieldError("value", message)));
        assertThat(
                        errors(
                                service.addMeasure(
                                        ID,
                                        request(
                                                """
                                {"weakness": 1, "name": "EHC plans", "unit": "%", "direction": "HIGHER_IS_BETTER",
                                 "baseline": false, "baselineOn": "2019-05-01", "target": 1234567890}"""))))
                .containsExactly(
                        new FieldError(
                                "baseline", "The baseline must be a number such as 42 or 61.5"),
                        new FieldError(
                                "target",
                                "The target must have at most 9 digits before the decimal point"));
        assertThat(service.plan(ID).orElseThrow().measure("measure-1").orElseThrow().values())
                .isEmpty();
        assertThat(service.plan(ID).orElseThrow().measures()).hasSize(1);
    }

    @Test
    void aNumberTooLargeForADouble_isRefusedAsNotANumber() {
        Result<Changed> measure =
                service.addMeasure(
                        ID,
                        request(
                                """
                                {"weakness": 1, "name": "EHC plans", "unit": "%", "direction": "HIGHER_IS_BETTER",
                                 "baseline": 1e999, "baselineOn": "2019-05-01", "target": -1E400}"""));
        service.addMeasure(
                ID,
                request(
                        """
                        {"weakness": 1, "name": "EHC plans", "unit": "%", "direction": "HIGHER_IS_BETTER",
                         "baseline": 31.5, "baselineOn": "2019-05-01", "target": 80}"""));
        Result<Changed> value =
                service.recordMeasureValue(
                        ID, "measure-1", request("{\"on\": \"2019-12-31\", \"value\": 1e999}"));

        String notANumber = " must be a number such as 42 or 61.5 (up to 4 decimal places)";
        assertThat(errors(measure))
                .containsExactly(
                        new FieldError("baseline", "The baseline" + notANumber),
                        new FieldError("target", "The target" + notANumber));
        assertThat(errors(value))
                .containsExactly(new FieldError("value", "The value" + notANumber));
        assertThat(service.plan(ID).orElseThrow().measure("measure-1").orElseThrow().values())
                .isEmpty();
    }

    @Test
    void aSmallJsonNumberWithFourDecimalPlaces_isTaken_asTyped() {
        service.addMeasure(
                ID,
                request(
                        """
                        {"weakness": 1, "name": "Exclusion rate", "unit": "rate", "direction": "LOWER_IS_BETTER",
                         "baseline": 0.0012, "baselineOn": "2019-05-01", "target": 0.0005}"""));

        // Jackson reads 0.0009 as a double, written 9.0E-4: four decimal places, not five
        Result<Changed> value =
                service.recordMeasureValue(
                        ID, "measure-1", request("{\"on\": \"2019-12-31\", \"value\": 0.0009}"));

        assertThat(value.isOk()).as("%s", value).isTrue();
        assertThat(service.plan(ID).orElseThrow().measure("measure-1").orElseThrow().target())
                .isEqualTo(new BigDecimal("0.0005"));
        assertThat(
                        service.plan(ID)
                                .orElseThrow()
                                .measure("measure-1")
                                .orElseThrow()
                                .values()
                                .get(0)
                                .value())
                .isEqualTo(new BigDecimal("0.0009"));
    }

    @Test
    void aStaleIfMatch_isRefused_andARetriedKeyGetsTheFirstAnswer() {
        long version = stored().version();
        ImprovementService.Request first =
                new ImprovementService.Request(
                        Cumbria2019.parse(
                                "{\"weakness\": 1, \"title\": \"t\", \"owner\": \"o\", \"dueOn\": \"2020-03-01\"}"),
                        Optional.of(version),
                        Optional.of("key-1"),
                        OFFICER);

        Result<Changed> added = service.addAction(ID, first);
        Result<Changed> retried = service.addAction(ID, first);
        Result<Changed> stale =
                service.addAction(
                        ID,
                        new ImprovementService.Request(
                                first.input(), Optional.of(version), Optional.empty(), OFFICER));
        Result<Changed> reused =
                service.addMeasure(
                        ID,
                        new ImprovementService.Request(
                                Map.of(), Optional.empty(), Optional.of("key-1"), OFFICER));

        Changed answer = ((Result.Ok<Changed>) added).value();
        assertThat(retried).isEqualTo(Result.ok(new Changed(answer.plan(), answer.event(), true)));
        assertThat(service.plan(ID).orElseThrow().actions()).hasSize(1);
        assertThat(stale)
                .isEqualTo(Result.refused(new Rejection.StaleVersion(version, version + 1)));
        assertThat(reused)
                .isEqualTo(
                        Result.refused(
                                new Rejection.Conflict(
                                        "The Idempotency-Key 'key-1' was already used for a different request on this inspection")));
    }

    @Test
    void anUnknownInspectionBoardActionOrMeasure_isNotFound() {
        assertThat(service.plan("nowhere-2019-01-07")).isEmpty();
        assertThat(service.addAction("nowhere-2019-01-07", request("{}")))
                .isEqualTo(
                        Result.refused(
                                new Rejection.NotFound(
                                        "There is no inspection 'nowhere-2019-01-07'")));
        assertThat(service.recordBoardReport(ID, "hwb", request("{}")))
                .isEqualTo(
                        Result.refused(
                                new Rejection.NotFound(
                                        "There is no board 'hwb' for inspection cumbria-2019-03-18")));
        assertThat(service.updateAction(ID, "action-9", request("{}")))
                .isEqualTo(Result.refused(new Rejection.NotFound("There is no action 'action-9'")));
        assertThat(service.recordMeasureValue(ID, "measure-9", request("{}")))
                .isEqualTo(
                        Result.refused(new Rejection.NotFound("There is no measure 'measure-9'")));
    }

    @Test
    void onAClosedInspection_aBoardsReportsAfterTheClosingDay_areNotDue() {
        plans.store(Cumbria2019.recordedAsItHappened().closed()); // closed on 26 April 2021
        clock.set(Instant.parse("2021-06-01T10:00:00Z"));

        Result<Changed> saved =
                service.saveBoard(
                        ID,
                        "improvement-board",
                        request(
                                """
                                {"name": "SEND Improvement Board", "kind": "IMPROVEMENT_BOARD",
                                 "cadence": {"kind": "EVERY_MONTHS", "every": 2, "from": "2021-01-15", "until": "2021-09-15"}}"""));

        assertThat(boardReports())
                .extracting(Deadline::dueOn)
                .containsExactly(LocalDate.of(2021, 1, 15), LocalDate.of(2021, 3, 15));
        assertThat(((Result.Ok<Changed>) saved).value().event().summary())
                .endsWith(
                        "3 reports fall after the inspection closed on 26 April 2021: record them"
                                + " on the area's next inspection.");
    }

    @Test
    void aBoardActionOrValueSentAsItIsOnRecord_recordsNothing_andKeepsTheVersion() {
        anImprovementBoardEveryTwoMonths();
        board("board-b", null);
        String action =
                """
                {"weakness": 2, "title": "Audit", "owner": "Head of SEND", "dueOn": "2020-03-31"}""";
        service.addAction(ID, request(action));
        service.addMeasure(
                ID,
                request(
                        """
                        {"weakness": 1, "name": "Plans on time", "unit": "%", "direction": "HIGHER_IS_BETTER",
                         "baseline": 31.5, "baselineOn": "2019-05-01", "target": "80"}"""));
        service.recordMeasureValue(
                ID, "measure-1", request("{\"on\": \"2019-12-31\", \"value\": 40}"));
        long version = stored().version();
        int entries = plans.events.size();
        told.clear();

        List<Result<Changed>> again =
                List.of(
                        anImprovementBoardEveryTwoMonths(),
                        service.updateAction(ID, "action-1", request(action)),
                        service.recordMeasureValue(
                                ID,
                                "measure-1",
                                request("{\"on\": \"2019-12-31\", \"value\": 40}")));

        assertThat(again)
                .allSatisfy(
                        result -> {
                            Changed changed = ((Result.Ok<Changed>) result).value();
                            assertThat(changed.isUnchanged()).isTrue();
                            assertThat(changed.plan().version()).isEqualTo(version);
                        });
        assertThat(stored().version()).isEqualTo(version);
        assertThat(plans.events).hasSize(entries);
        assertThat(told).isEmpty();
        // a board changed in earnest keeps its place among the boards
        board("improvement-board", null);
        assertThat(service.plan(ID).orElseThrow().boards())
                .extracting(Board::id)
                .containsExactly("improvement-board", "board-b");
    }

    @Test
    void removingABoard_cancelsTheReportsNotYetPresented_andKeepsThosePresented() {
        anImprovementBoardEveryTwoMonths();
        clock.set(Instant.parse("2020-01-20T10:00:00Z"));
        service.recordBoardReport(
                ID,
                "improvement-board",
                request("{\"dueOn\": \"2020-01-15\", \"presentedOn\": \"2020-01-16\"}"));
        long before = stored().version();
        told.clear();

        Result<Changed> removed = service.removeBoard(ID, "improvement-board", request("{}"));

        assertThat(removed).isInstanceOf(Result.Ok.class);
        assertThat(service.plan(ID).orElseThrow().boards()).isEmpty();
        assertThat(boardReports())
                .extracting(Deadline::dueOn, d -> d.statusOn(LocalDate.of(2020, 1, 20)))
                .containsExactlyInAnyOrder(
                        tuple(LocalDate.of(2020, 1, 15), DeadlineStatus.MET_LATE),
                        tuple(LocalDate.of(2020, 3, 15), DeadlineStatus.CANCELLED),
                        tuple(LocalDate.of(2020, 5, 15), DeadlineStatus.CANCELLED),
                        tuple(LocalDate.of(2020, 7, 15), DeadlineStatus.CANCELLED));
        assertThat(stored().version()).isEqualTo(before + 1);
        RecordedEvent event = ((Result.Ok<Changed>) removed).value().event();
        assertThat(event.type()).isEqualTo("BOARD_REMOVED");
        assertThat(event.summary())
                .isEqualTo(
                        "Board removed: SEND Improvement Board; its 3 reports not yet presented are cancelled.");
        assertThat(event.details().object("removed").orElseThrow().text("cadence"))
                .contains("every 2 months from 15 January 2020 until 15 July 2020");
        assertThat(event.details().text("target")).contains("improvement-board");
        assertThat(told).containsExactly(event);

        // added again (its id comes from its name): its reports are due again, the one presented
        // stays presented
        anImprovementBoardEveryTwoMonths();
        assertThat(boardReports())
                .extracting(Deadline::dueOn, d -> d.statusOn(LocalDate.of(2020, 1, 20)))
                .containsExactlyInAnyOrder(
                        tuple(LocalDate.of(2020, 1, 15), DeadlineStatus.MET_LATE),
                        tuple(LocalDate.of(2020, 3, 15), DeadlineStatus.OPEN),
                        tuple(LocalDate.of(2020, 5, 15), DeadlineStatus.OPEN),
                        tuple(LocalDate.of(2020, 7, 15), DeadlineStatus.OPEN));
    }

    @Test
    void aBoardAnotherReportsTo_cannotBeRemoved_untilTheLineIsChanged() {
        board("board-a", null);
        board("board-b", "board-a");
        board("board-c", "board-a");
        long before = stored().version();

        assertThat(service.removeBoard(ID, "board-a", request("{}")))
                .isEqualTo(
                        Result.refused(
                                new Rejection.Conflict(
                                        "The board-b and the board-c report to the board-a:"
                                                + " change where they report before removing it")));
        assertThat(stored().version()).isEqualTo(before);
        assertThat(service.plan(ID).orElseThrow().boards()).hasSize(3);

        assertThat(service.removeBoard(ID, "board-b", request("{}"))).isInstanceOf(Result.Ok.class);
        assertThat(service.removeBoard(ID, "board-a", request("{}")))
                .isEqualTo(
                        Result.refused(
                                new Rejection.Conflict(
                                        "The board-c reports to the board-a: change where it"
                                                + " reports before removing it")));
    }

    @Test
    void removingAnActionOrMeasure_keepsWhatItWasInTheAuditEntry_andItsIdIsNotGivenAgain() {
        for (String title : List.of("First", "Second")) {
            service.addAction(
                    ID,
                    request(
                            """
                            {"weakness": 2, "title": "%s", "owner": "Head of SEND", "dueOn": "2020-03-31", "progress": "IN_PROGRESS"}"""
                                    .formatted(title)));
        }
        service.addMeasure(
                ID,
                request(
                        """
                        {"weakness": 1, "name": "Plans on time", "unit": "%", "direction": "HIGHER_IS_BETTER",
                         "baseline": 31.5, "baselineOn": "2019-05-01", "target": "80"}"""));
        service.recordMeasureValue(
                ID, "measure-1", request("{\"on\": \"2019-12-31\", \"value\": 40}"));

        Result<Changed> action = service.removeAction(ID, "action-2", request("{}"));
        Result<Changed> measure = service.removeMeasure(ID, "measure-1", request("{}"));

        RecordedEvent actionRemoved = ((Result.Ok<Changed>) action).value().event();
        assertThat(actionRemoved.type()).isEqualTo("ACTION_REMOVED");
        assertThat(actionRemoved.summary())
                .isEqualTo(
                        "Action removed for area of weakness 2: Second (owner Head of SEND, due 31 March 2020): in progress.");
        assertThat(actionRemoved.details().object("removed").orElseThrow().text("title"))
                .contains("Second");
        assertThat(actionRemoved.details().object("removed").orElseThrow().bool("illustrative"))
                .contains(false);
        RecordedEvent measureRemoved = ((Result.Ok<Changed>) measure).value().event();
        assertThat(measureRemoved.type()).isEqualTo("MEASURE_REMOVED");
        assertThat(measureRemoved.summary())
                .isEqualTo(
                        "Measure removed for area of weakness 1: Plans on time (%), baseline 31.5 on 1 May 2019, target 80; with its 1 value.");
        assertThat(measureRemoved.details().object("removed").orElseThrow().value("values"))
                .hasValueSatisfying(
                        values ->
                                assertThat(values.toString())
                                        .isEqualTo("[{on=2019-12-31, value=40, note=null}]"));
        assertThat(measureRemoved.details().object("removed").orElseThrow().value("baseline"))
                .hasValueSatisfying(
                        baseline ->
                                assertThat(baseline)
                                        .isInstanceOf(BigDecimal.class)
                                        .hasToString("31.5"));

        ImprovementPlan plan = service.plan(ID).orElseThrow();
        assertThat(plan.actions()).extracting(a -> a.id()).containsExactly("action-1");
        assertThat(plan.measures()).isEmpty();
        assertThat(plan.retired()).containsExactly("action-2", "measure-1");

        service.addAction(
                ID,
                request(
                        """
                        {"weakness": 2, "title": "Third", "owner": "Head of SEND", "dueOn": "2020-03-31"}"""));
        service.addMeasure(
                ID,
                request(
                        """
                        {"weakness": 1, "name": "Plans on time", "unit": "%", "direction": "HIGHER_IS_BETTER",
                         "baseline": 31.5, "baselineOn": "2019-05-01", "target": "80"}"""));
        assertThat(service.plan(ID).orElseThrow().actions())
                .extracting(a -> a.id())
                .containsExactly("action-1", "action-3");
        assertThat(service.plan(ID).orElseThrow().measures())
                .extracting(m -> m.id())
                .containsExactly("measure-2");
    }

    @Test
    void removingWhatIsNotThere_isNotFound_andAStaleRemovalIsRefused() {
        service.addAction(
                ID,
                request(
                        """
                        {"weakness": 2, "title": "First", "owner": "Head of SEND", "dueOn": "2020-03-31"}"""));
        long version = stored().version();

        assertThat(service.removeBoard(ID, "hwb", request("{}")))
                .isEqualTo(
                        Result.refused(
                                new Rejection.NotFound(
                                        "There is no board 'hwb' for inspection cumbria-2019-03-18")));
        assertThat(service.removeAction(ID, "action-9", request("{}")))
                .isEqualTo(Result.refused(new Rejection.NotFound("There is no action 'action-9'")));
        assertThat(service.removeMeasure(ID, "measure-9", request("{}")))
                .isEqualTo(
                        Result.refused(new Rejection.NotFound("There is no measure 'measure-9'")));
        assertThat(
                        service.removeAction(
                                ID,
                                "action-1",
                                new ImprovementService.Request(
                                        Map.of(),
                                        Optional.of(version - 1),
                                        Optional.empty(),
                                        OFFICER)))
                .isEqualTo(Result.refused(new Rejection.StaleVersion(version - 1, version)));
        assertThat(stored().version()).isEqualTo(version);
        assertThat(service.plan(ID).orElseThrow().actions()).hasSize(1);

        // a retried removal with its key gets the first answer, not "no action"
        ImprovementService.Request keyed =
                new ImprovementService.Request(
                        Map.of(), Optional.of(version), Optional.of("remove-1"), OFFICER);
        Result<Changed> first = service.removeAction(ID, "action-1", keyed);
        Result<Changed> again = service.removeAction(ID, "action-1", keyed);
        assertThat(((Result.Ok<Changed>) again).value().replayed()).isTrue();
        assertThat(((Result.Ok<Changed>) again).value().event())
                .isEqualTo(((Result.Ok<Changed>) first).value().event());
    }

    private static List<FieldError> errors(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Refused.class);
        return ((Result.Refused<?>) result).rejection().errors("");
    }
}
