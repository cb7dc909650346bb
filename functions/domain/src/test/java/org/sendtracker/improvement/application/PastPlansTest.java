package org.sendtracker.improvement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.application.PastInspections;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.testing.Cumbria2019;
import org.sendtracker.reminders.testing.InMemoryAreas;
import org.sendtracker.report.application.PastRecords;
import org.sendtracker.report.application.ReplayedRecords;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Result;
import org.sendtracker.testing.SettableClock;

/**
 * The plan as it stood on a past day (docs/progress-report.md, "The report's date"): what was
 * removed after the day is back, as its removal's entry kept it, with a removed board's reports.
 */
class PastPlansTest {

    private static final Actor OFFICER = new Actor("sub-1", "Jo Officer");
    private static final String ID = Cumbria2019.ID.value();
    private static final LocalDate REMOVED_ON = LocalDate.parse("2020-04-01");

    private final SettableClock clock = SettableClock.at("2020-01-06T10:00:00Z");
    private final InMemoryPlans plans = new InMemoryPlans();
    private ImprovementService service;
    private PastRecords past;

    @BeforeEach
    void aPlanWithABoardAnActionAndAMeasure_allRemovedOnTheFirstOfApril() {
        plans.store(Cumbria2019.recordedAsItHappened().inMonitoring());
        service =
                new ImprovementService(
                        plans.inspections(),
                        plans,
                        new InMemoryAreas(Cumbria2019.area()),
                        BuiltInRules.get(),
                        Cumbria2019.CALENDAR,
                        clock,
                        List.of());
        past =
                new ReplayedRecords(
                        plans.inspections(),
                        new PastInspections(Cumbria2019.CALENDAR, BuiltInRules.get(), clock),
                        clock);
        ok(
                service.saveBoard(
                        ID,
                        "improvement-board",
                        request(
                                """
                {"name": "SEND Improvement Board", "kind": "IMPROVEMENT_BOARD",
                 "members": ["jo.lead@cumbria.gov.uk"],
                 "cadence": {"kind": "EVERY_MONTHS", "every": 2, "from": "2020-01-15", "until": "2020-07-15"}}""")));
        ok(
                service.addAction(
                        ID,
                        request(
                                """
                {"weakness": 2, "title": "Audit late plans", "owner": "Head of SEND",
                 "dueOn": "2020-03-01", "progress": "IN_PROGRESS"}""")));
        ok(
                service.addMeasure(
                        ID,
                        request(
                                """
                {"weakness": 2, "name": "EHC plans within 20 weeks", "unit": "%",
                 "direction": "HIGHER_IS_BETTER", "baseline": 40, "baselineOn": "2020-01-06",
                 "target": 60.5, "targetBy": "2021-01-01"}""")));
        ImprovementPlan plan = service.plan(ID).orElseThrow();
        String action = plan.actions().get(0).id();
        String measure = plan.measures().get(0).id();
        clock.set(Instant.parse("2020-02-03T10:00:00Z"));
        ok(
                service.recordMeasureValue(
                        ID, measure, request("{\"on\": \"2020-01-31\", \"value\": 42.25}")));

        clock.set(Instant.parse("2020-04-01T10:00:00Z"));
        ok(service.removeBoard(ID, "improvement-board", request("{}")));
        ok(service.removeAction(ID, action, request("{}")));
        ok(service.removeMeasure(ID, measure, request("{}")));
        clock.set(Instant.parse("2020-11-30T10:00:00Z"));
    }

    @Test
    void theDayBeforeTheRemovals_hasTheActionTheMeasureWithItsValue_andTheBoardsReports() {
        PastRecords.AsItStood then = asItStood(REMOVED_ON.minusDays(1));

        assertThat(then.plan().actions())
                .extracting(Action::title, Action::owner, Action::dueOn, Action::completedOn)
                .containsExactly(
                        tuple(
                                "Audit late plans",
                                "Head of SEND",
                                LocalDate.parse("2020-03-01"),
                                null));
        assertThat(then.plan().measures())
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.name()).isEqualTo("EHC plans within 20 weeks");
                            assertThat(m.target()).isEqualByComparingTo("60.5");
                            assertThat(m.values())
                                    .extracting(MeasureValue::on, MeasureValue::value)
                                    .containsExactly(
                                            tuple(
                                                    LocalDate.parse("2020-01-31"),
                                                    new BigDecimal("42.25")));
                        });
        // the removal cancelled the four reports not yet presented: then, they stood
        assertThat(boardReports(then.inspection()))
                .extracting(Deadline::dueOn, Deadline::cancelled)
                .containsExactly(
                        tuple(LocalDate.parse("2020-01-15"), false),
                        tuple(LocalDate.parse("2020-03-15"), false),
                        tuple(LocalDate.parse("2020-05-15"), false),
                        tuple(LocalDate.parse("2020-07-15"), false));
    }

    @Test
    void theDayOfTheRemovals_andLater_haveNoneOfThem() {
        for (LocalDate day : List.of(REMOVED_ON, LocalDate.parse("2020-11-29"))) {
            PastRecords.AsItStood then = asItStood(day);

            assertThat(then.plan().actions()).isEmpty();
            assertThat(then.plan().measures()).extracting(Measure::name).isEmpty();
            assertThat(boardReports(then.inspection())).isEmpty();
        }
    }

    @Test
    void anActionAddedInErrorAfterTheDay_andRemoved_wasNeverOnThePlanThen() {
        ok(
                service.addAction(
                        ID,
                        request(
                                """
                {"weakness": 1, "title": "Entered on the wrong inspection", "owner": "Nobody",
                 "dueOn": "2020-02-01"}""")));
        ok(service.removeAction(ID, "action-2", request("{}")));

        assertThat(asItStood(REMOVED_ON.minusDays(1)).plan().actions())
                .extracting(Action::title)
                .containsExactly("Audit late plans");
    }

    @Test
    void anActionRemovedAndEnteredAgain_isOnThePlanOnce() {
        ok(
                service.addAction(
                        ID,
                        request(
                                """
                {"weakness": 2, "title": "Audit late plans", "owner": "Head of SEND",
                 "dueOn": "2020-03-01", "progress": "IN_PROGRESS"}""")));

        assertThat(asItStood(REMOVED_ON.minusDays(1)).plan().actions())
                .extracting(Action::id, Action::title)
                .containsExactly(tuple("action-2", "Audit late plans"));
    }

    private PastRecords.AsItStood asItStood(LocalDate day) {
        return past.on(plans.inspection(Cumbria2019.ID), service.plan(ID).orElseThrow(), day);
    }

    private static List<Deadline> boardReports(Inspection inspection) {
        return inspection.deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.BOARD_REPORT)
                .toList();
    }

    private static ImprovementService.Request request(String json) {
        return ImprovementService.Request.of(Cumbria2019.parse(json), OFFICER);
    }

    private static void ok(Result<Changed> result) {
        assertThat(result.isOk()).as("%s", result).isTrue();
    }
}
