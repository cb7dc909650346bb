package org.sendtracker.local.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.improvement.application.ImprovementService;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ActionStatus;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Illustrative;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Weakness;
import org.sendtracker.local.LocalSettings;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.local.clock.LocalClock;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.report.model.ProgressReport;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.shared.Actor;

/**
 * Lancashire's improvement plan in the demo (docs/boards.md, "Demo data"): its boards and their
 * cadence, each report presented (two late), six actions (one late), two measures with a year of
 * values, every write marked illustrative, its progress report naming every weakness and measure,
 * nothing added twice by a second start, and left out with a line while the clock is earlier.
 */
class LancashirePlanTest {

    private static final String MONDAY_23_NOVEMBER_2026 = "2026-11-23T09:00:00Z";

    @TempDir Path dataDir;

    @Test
    void lancashiresPlan_hasItsBoardsReportingEveryTwoMonths_eachReportPresented_twoOfThemLate() {
        run(
                MONDAY_23_NOVEMBER_2026,
                system -> {
                    ImprovementPlan plan = plan(system);
                    assertThat(plan.boards())
                            .extracting(Board::id, b -> b.kind().name(), Board::reportsTo)
                            .containsExactly(
                                    tuple(
                                            "health-and-wellbeing-board",
                                            "HEALTH_AND_WELLBEING_BOARD",
                                            null),
                                    tuple(
                                            "send-improvement-board",
                                            "IMPROVEMENT_BOARD",
                                            "health-and-wellbeing-board"));
                    Board improvementBoard = plan.board("send-improvement-board").orElseThrow();
                    assertThat(improvementBoard.cadence().describe())
                            .startsWith("every 2 months from 17 July 2018");
                    List<LocalDate> dues = improvementBoard.reportDues();
                    assertThat(dues)
                            .hasSize(17)
                            .startsWith(
                                    LocalDate.parse("2018-07-17"), LocalDate.parse("2018-09-17"))
                            .endsWith(LocalDate.parse("2021-01-17"), LocalDate.parse("2021-03-17"))
                            .allMatch(
                                    due ->
                                            due.getDayOfMonth() == 17
                                                    && due.getMonthValue() % 2 == 1);

                    Inspection inspection = inspection(system);
                    List<Deadline> reports =
                            inspection.deadlines().stream()
                                    .filter(d -> d.kind() == DeadlineKind.BOARD_REPORT)
                                    .toList();
                    assertThat(reports)
                            .extracting(Deadline::dueOn)
                            .containsExactlyInAnyOrderElementsOf(dues);
                    assertThat(reports).allMatch(d -> d.metOn() != null && !d.cancelled());
                    assertThat(reports)
                            .filteredOn(d -> d.metOn().isAfter(d.dueOn()))
                            .extracting(d -> d.dueOn() + " presented " + d.metOn())
                            .containsExactlyInAnyOrder(
                                    "2018-11-17 presented 2018-12-01",
                                    "2020-01-17 presented 2020-01-31");
                });
    }

    @Test
    void lancashiresPlan_hasSixActionsOneLate_andTwoMeasuresWithTwelveMonthlyValues() {
        run(
                MONDAY_23_NOVEMBER_2026,
                system -> {
                    ImprovementPlan plan = plan(system);
                    LocalDate today = system.context().getBean(InspectionService.class).today();
                    assertThat(plan.actions()).hasSize(6).allMatch(Action::illustrative);
                    assertThat(plan.actions())
                            .extracting(a -> a.statusOn(today))
                            .containsOnly(ActionStatus.COMPLETE, ActionStatus.COMPLETE_LATE);
                    assertThat(plan.actions())
                            .filteredOn(a -> a.statusOn(today) == ActionStatus.COMPLETE_LATE)
                            .extracting(Action::weakness, Action::completedOn)
                            .containsExactly(tuple(7, LocalDate.parse("2019-04-30")));

                    assertThat(plan.measures())
                            .extracting(Measure::name, Measure::unit, m -> m.direction().name())
                            .containsExactly(
                                    tuple(
                                            "Percentage of EHC plans issued within 20 weeks",
                                            "%",
                                            "HIGHER_IS_BETTER"),
                                    tuple(
                                            "Autism assessment waiting time",
                                            "weeks",
                                            "LOWER_IS_BETTER"));
                    for (Measure measure : plan.measures()) {
                        assertThat(measure.illustrative()).isTrue();
                        assertThat(measure.values())
                                .extracting(MeasureValue::on)
                                .as(measure.name())
                                .hasSize(12)
                                .startsWith(LocalDate.parse("2018-07-31"))
                                .endsWith(LocalDate.parse("2019-06-30"))
                                .doesNotHaveDuplicates();
                    }
                });
    }

    @Test
    void everyWriteOfThePlan_isInTheAuditTrail_markedIllustrative() {
        run(
                MONDAY_23_NOVEMBER_2026,
                system -> {
                    List<RecordedEvent> planEvents =
                            planEvents(
                                    system.context()
                                            .getBean(InspectionService.class)
                                            .history(inspection(system)));
                    // 2 boards, 17 reports, 6 actions, 2 measures, 24 values
                    assertThat(planEvents).hasSize(51);
                    assertThat(planEvents).allMatch(Illustrative::isMarked);
                    assertThat(planEvents).allMatch(e -> e.actorId().equals("demo-data"));
                });
    }

    @Test
    void theProgressReport_namesEveryWeaknessAndEveryMeasure() {
        run(
                MONDAY_23_NOVEMBER_2026,
                system -> {
                    Inspection inspection = inspection(system);
                    ProgressReport report =
                            system.context()
                                    .getBean(ProgressReportService.class)
                                    .report(inspection, "2018-07-01", "2021-03-31")
                                    .orElseThrow();

                    assertThat(report.weaknesses())
                            .extracting(ProgressReport.WeaknessSection::title)
                            .containsExactlyElementsOf(
                                    inspection.weaknesses().stream().map(Weakness::title).toList())
                            .hasSize(12);
                    assertThat(report.weaknesses())
                            .flatExtracting(ProgressReport.WeaknessSection::measures)
                            .extracting(ProgressReport.MeasureSeries::name)
                            .containsExactlyInAnyOrder(
                                    "Percentage of EHC plans issued within 20 weeks",
                                    "Autism assessment waiting time");
                    assertThat(report.weaknesses())
                            .flatExtracting(ProgressReport.WeaknessSection::measures)
                            .allMatch(m -> m.values().size() == 12);
                    assertThat(report.weaknesses())
                            .flatExtracting(ProgressReport.WeaknessSection::actions)
                            .hasSize(6);
                    assertThat(report.summary().actionsCompleted()).isEqualTo(6);
                    assertThat(report.summary().actionsOverdue()).isZero();
                });
    }

    @Test
    void aPastQuartersReport_readsTheRecordAsItStood_notTodaysRecordWithItsDatesRolledBack() {
        run(
                MONDAY_23_NOVEMBER_2026,
                system -> {
                    ProgressReport late2018 =
                            system.context()
                                    .getBean(ProgressReportService.class)
                                    .report(inspection(system), "2018-10-01", "2018-12-31")
                                    .orElseThrow();

                    // the deadlines steps started in 2019 and 2020 (the revisit's report, the
                    // Accelerated Progress Plan, the progress review) were not there yet
                    assertThat(late2018.deadlines())
                            .extracting(ProgressReport.DeadlineLine::kind)
                            .containsOnly(
                                    DeadlineKind.WSOA_SUBMISSION.label(),
                                    DeadlineKind.MONITORING_REVIEW.label(),
                                    DeadlineKind.REVISIT.label(),
                                    DeadlineKind.BOARD_REPORT.label());
                    ProgressReport.Summary summary = late2018.summary();
                    assertThat(
                                    List.of(
                                            summary.deadlinesMet(),
                                            summary.deadlinesMetLate(),
                                            summary.deadlinesOpen(),
                                            summary.deadlinesOverdue(),
                                            summary.deadlinesNotRecorded(),
                                            summary.boardReportsMet(),
                                            summary.boardReportsMetLate(),
                                            summary.boardReportsOpen(),
                                            summary.boardReportsOverdue()))
                            .containsExactly(3, 0, 2, 0, 0, 2, 1, 14, 0);
                    // the plan, written up in 2026 for work from 2018, is the report's plan
                    assertThat(late2018.weaknesses())
                            .flatExtracting(ProgressReport.WeaknessSection::actions)
                            .hasSize(6);
                });
    }

    @Test
    void aSecondStart_addsNothing() {
        List<String> first = new ArrayList<>();
        run(MONDAY_23_NOVEMBER_2026, system -> first.addAll(planLines(system)));
        List<String> second = new ArrayList<>();
        run(
                MONDAY_23_NOVEMBER_2026,
                system -> {
                    second.addAll(planLines(system));
                    assertThat(
                                    system.context()
                                            .getBean(DemoData.class)
                                            .loadIntoEmptyStore()
                                            .steps())
                            .isZero();
                });

        assertThat(first).hasSize(51).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aPlanLeftHalfDone_isCompletedByTheNextLoad_withNothingTwice() {
        // given a start on an earlier clock, the plan left out, and part of it entered by then
        // (as a start killed half-way through the plan would leave it)
        try (LocalSystem system =
                LocalSystem.start(
                        new LocalSettings(0, dataDir), false, settings("2020-06-01T09:00:00Z"))) {
            DemoData demo = system.context().getBean(DemoData.class);
            demo.loadIntoEmptyStore();
            ImprovementService improvement = system.context().getBean(ImprovementService.class);
            Actor actor = new Actor("demo-data", "Demo data");
            assertThat(
                            improvement
                                    .saveBoard(
                                            LancashirePlan.INSPECTION,
                                            LancashirePlan.HEALTH_AND_WELLBEING_BOARD,
                                            ImprovementService.Request.of(
                                                    Map.of(
                                                            "name",
                                                            "Lancashire Health and Wellbeing Board",
                                                            "kind",
                                                            "HEALTH_AND_WELLBEING_BOARD",
                                                            "illustrative",
                                                            true),
                                                    actor))
                                    .isOk())
                    .isTrue();
            assertThat(
                            improvement
                                    .addAction(
                                            LancashirePlan.INSPECTION,
                                            ImprovementService.Request.of(
                                                    Map.of(
                                                            "weakness",
                                                            3,
                                                            "title",
                                                            "Agree a co-production charter with the"
                                                                    + " parent carer forum",
                                                            "owner",
                                                            "SEND lead officer",
                                                            "dueOn",
                                                            "2018-12-31",
                                                            "progress",
                                                            "COMPLETE",
                                                            "completedOn",
                                                            "2018-12-14",
                                                            "illustrative",
                                                            true),
                                                    actor))
                                    .isOk())
                    .isTrue();
            assertThat(planLines(system)).hasSize(2);
            system.context()
                    .getBean(LocalClock.class)
                    .catchUpTo(Instant.parse(MONDAY_23_NOVEMBER_2026));
        }

        // when the runner starts again later, twice
        List<String> first = new ArrayList<>();
        run(MONDAY_23_NOVEMBER_2026, system -> first.addAll(planLines(system)));
        List<String> second = new ArrayList<>();
        run(MONDAY_23_NOVEMBER_2026, system -> second.addAll(planLines(system)));

        // then the plan is whole, each part once
        assertThat(first).hasSize(51).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void whatAnOfficerRemovedFromThePlan_isNotAddedBackByTheNextStart() {
        List<String> removedAction = new ArrayList<>();
        run(
                MONDAY_23_NOVEMBER_2026,
                system -> {
                    ImprovementService improvement =
                            system.context().getBean(ImprovementService.class);
                    Actor officer = new Actor("officer-1", "Olive Officer");
                    ImprovementPlan plan = plan(system);
                    Action action = plan.actions().get(0);
                    removedAction.add(action.title());
                    for (var removal :
                            List.of(
                                    improvement.removeBoard(
                                            LancashirePlan.INSPECTION,
                                            "send-improvement-board",
                                            ImprovementService.Request.of(Map.of(), officer)),
                                    improvement.removeAction(
                                            LancashirePlan.INSPECTION,
                                            action.id(),
                                            ImprovementService.Request.of(Map.of(), officer)),
                                    improvement.removeMeasure(
                                            LancashirePlan.INSPECTION,
                                            plan.measures().get(0).id(),
                                            ImprovementService.Request.of(Map.of(), officer)))) {
                        assertThat(removal.isOk()).isTrue();
                    }
                });

        run(
                MONDAY_23_NOVEMBER_2026,
                system -> {
                    assertThat(
                                    system.context()
                                            .getBean(DemoData.class)
                                            .loadIntoEmptyStore()
                                            .steps())
                            .isZero();
                    ImprovementPlan plan = plan(system);
                    assertThat(plan.boards())
                            .extracting(Board::id)
                            .containsExactly("health-and-wellbeing-board");
                    assertThat(plan.actions())
                            .hasSize(5)
                            .extracting(Action::title)
                            .doesNotContain(removedAction.get(0));
                    assertThat(plan.measures())
                            .extracting(Measure::name)
                            .containsExactly("Autism assessment waiting time");
                });
    }

    @Test
    void aClockBeforeThePlansLastReport_leavesThePlanOut_withALineSayingWhy() {
        Map<String, Object> settings = settings("2020-06-01T09:00:00Z");
        try (LocalSystem system =
                LocalSystem.start(new LocalSettings(0, dataDir), false, settings)) {
            DemoData.Loaded loaded = system.context().getBean(DemoData.class).loadIntoEmptyStore();

            assertThat(loaded.skipped())
                    .contains(
                            "Lancashire's improvement plan (boards, actions and measures, reports"
                                    + " until 17 March 2021) is later than today (1 June 2020) on"
                                    + " this clock: left out until the clock has passed it");
            assertThat(plan(system).boards()).isEmpty();
        }
    }

    private void run(String clockStart, Consumer<LocalSystem> test) {
        try (LocalSystem system =
                LocalSystem.start(new LocalSettings(0, dataDir), true, settings(clockStart))) {
            test.accept(system);
        }
    }

    private static Map<String, Object> settings(String clockStart) {
        return Map.of(
                "sendtracker.local.timer-pump", "off", "sendtracker.local.clock-start", clockStart);
    }

    private static Inspection inspection(LocalSystem system) {
        return system.context()
                .getBean(InspectionService.class)
                .find(LancashirePlan.INSPECTION)
                .orElseThrow();
    }

    private static ImprovementPlan plan(LocalSystem system) {
        return system.context()
                .getBean(ImprovementService.class)
                .plan(LancashirePlan.INSPECTION)
                .orElseThrow();
    }

    /** The plan's entries in the audit trail, one "TYPE date summary" line each. */
    private static List<String> planLines(LocalSystem system) {
        return planEvents(
                        system.context()
                                .getBean(InspectionService.class)
                                .history(inspection(system)))
                .stream()
                .map(e -> e.type() + " " + e.on() + " " + e.summary())
                .toList();
    }

    static List<RecordedEvent> planEvents(List<RecordedEvent> history) {
        return history.stream().filter(e -> DemoDataTest.PLAN_EVENTS.contains(e.type())).toList();
    }
}
