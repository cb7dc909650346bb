package org.sendtracker.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ActionProgress;
import org.sendtracker.improvement.model.ActionStatus;
import org.sendtracker.improvement.model.Direction;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.KeyDates;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.inspection.model.Weakness;
import org.sendtracker.inspection.model.WeaknessStatus;
import org.sendtracker.report.model.ProgressReport.WeaknessSection;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DayCount;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;

/**
 * A report takes the record as it stood on its date: later statuses, completions and values wait.
 */
class ProgressReportsTest {

    private static final InspectionId ID = new InspectionId("testshire-2019-03-18");
    private static final Area AREA = new Area(new AreaId("testshire"), "Testshire", List.of(), 1);

    @Test
    void aPastPeriod_readsAsItStoodThen() {
        Weakness plans =
                Weakness.identified(1, "EHC plans", day("2019-05-14"))
                        .withStatus(day("2019-09-01"), WeaknessStatus.DELAYED)
                        .withStatus(day("2020-01-15"), WeaknessStatus.ON_TRACK);
        ImprovementPlan plan =
                new ImprovementPlan(
                        ID,
                        1,
                        List.of(),
                        List.of(
                                new Action(
                                        "a1",
                                        1,
                                        "Audit late plans",
                                        "Head of SEND",
                                        day("2019-10-31"),
                                        ActionProgress.COMPLETE,
                                        day("2020-01-10"),
                                        false)),
                        List.of(
                                new Measure(
                                        "m1",
                                        1,
                                        "Plans within 20 weeks",
                                        "%",
                                        Direction.HIGHER_IS_BETTER,
                                        new BigDecimal("30"),
                                        day("2019-05-01"),
                                        new BigDecimal("60"),
                                        null,
                                        List.of(
                                                new MeasureValue(
                                                        day("2019-10-01"), BigDecimal.TEN, null),
                                                new MeasureValue(
                                                        day("2020-01-01"),
                                                        new BigDecimal("65"),
                                                        null)),
                                        false)));

        ProgressReport report =
                ProgressReports.assemble(
                        inspection(plans),
                        AREA,
                        new ReportPeriod(day("2019-09-01"), day("2019-11-30")),
                        day("2026-11-29"),
                        plan);

        assertThat(report.asOf()).isEqualTo(day("2019-11-30"));
        WeaknessSection section = report.weaknesses().get(0);
        assertThat(section.rag()).isEqualTo(Rag.RED);
        assertThat(section.history())
                .extracting(ProgressReport.StatusEntry::rag, ProgressReport.StatusEntry::inPeriod)
                .containsExactly(tuple(Rag.AMBER, false), tuple(Rag.RED, true));
        assertThat(section.actions())
                .extracting(ProgressReport.ActionLine::status)
                .containsExactly(ActionStatus.OVERDUE);
        assertThat(section.measures().get(0).values()).hasSize(1);
        assertThat(section.measures().get(0).targetMet()).isFalse();
        assertThat(report.summary().red()).isEqualTo(1);
        assertThat(report.summary().actionsOverdue()).isEqualTo(1);
        assertThat(report.summary().statusChanges()).isEqualTo(1);
    }

    @Test
    void aVisitConfirmingAStatus_isNoChange_andTheStatusDatesFromItsChange() {
        Weakness plans =
                Weakness.identified(1, "EHC plans", day("2019-05-14"))
                        .withStatus(day("2019-09-01"), WeaknessStatus.DELAYED)
                        .withStatus(day("2019-10-20"), WeaknessStatus.DELAYED);

        ProgressReport report =
                ProgressReports.assemble(
                        inspection(plans),
                        AREA,
                        new ReportPeriod(day("2019-08-01"), day("2019-10-31")),
                        day("2026-11-29"),
                        ImprovementPlan.empty(ID));

        assertThat(report.weaknesses().get(0).since()).isEqualTo(day("2019-09-01"));
        assertThat(report.weaknesses().get(0).history()).hasSize(3);
        assertThat(report.summary().statusChanges()).isEqualTo(1);
    }

    @Test
    void theCurrentPeriod_showsTheLatest() {
        Weakness plans =
                Weakness.identified(1, "EHC plans", day("2019-05-14"))
                        .withStatus(day("2020-01-15"), WeaknessStatus.COMPLETE);

        ProgressReport report =
                ProgressReports.assemble(
                        inspection(plans),
                        AREA,
                        ReportPeriod.quarterEndingOn(day("2020-03-31")),
                        day("2020-03-31"),
                        ImprovementPlan.empty(ID));

        assertThat(report.weaknesses().get(0).rag()).isEqualTo(Rag.BLUE);
        assertThat(report.weaknesses().get(0).status()).isEqualTo("Complete");
        assertThat(report.period().from()).isEqualTo(day("2020-01-01"));
    }

    @Test
    void theSummary_countsEachOutcome_theDeadlinesByDueDate_theActionsByDueDate() {
        Weakness plans = Weakness.identified(1, "EHC plans", day("2019-05-14"));
        List<Deadline> deadlines =
                List.of(
                        deadline("d5", "2019-12-20", null, false, DateSetter.COUNCIL),
                        deadline("d1", "2019-08-21", "2019-08-20", false, DateSetter.COUNCIL),
                        deadline("d2", "2019-09-10", "2019-09-12", false, DateSetter.COUNCIL),
                        deadline("d3", "2019-10-01", null, false, DateSetter.COUNCIL),
                        deadline("gone", "2019-10-02", null, true, DateSetter.COUNCIL),
                        deadline("d4", "2019-10-15", null, false, DateSetter.DFE_NHSE));
        ImprovementPlan plan =
                new ImprovementPlan(
                        ID,
                        1,
                        List.of(),
                        List.of(
                                action("late", "2019-09-01", ActionProgress.COMPLETE, "2019-09-20"),
                                action("done", "2019-08-01", ActionProgress.COMPLETE, "2019-07-30"),
                                action("behind", "2019-10-01", ActionProgress.IN_PROGRESS, null),
                                action("ahead", "2020-02-01", ActionProgress.NOT_STARTED, null),
                                action("going", "2020-01-01", ActionProgress.IN_PROGRESS, null)),
                        List.of(
                                measure(
                                        "Met it",
                                        new BigDecimal("60"),
                                        new MeasureValue(
                                                day("2019-10-31"), new BigDecimal("61"), null))));

        ProgressReport report =
                ProgressReports.assemble(
                        inspection(plans, deadlines),
                        AREA,
                        new ReportPeriod(day("2019-10-01"), day("2019-10-31")),
                        day("2026-11-29"),
                        plan);

        assertThat(report.deadlines())
                .extracting(
                        ProgressReport.DeadlineLine::dueOn,
                        ProgressReport.DeadlineLine::metOn,
                        ProgressReport.DeadlineLine::outcome)
                .containsExactly(
                        tuple(day("2019-08-21"), day("2019-08-20"), DeadlineOutcome.MET),
                        tuple(day("2019-09-10"), day("2019-09-12"), DeadlineOutcome.MET_LATE),
                        tuple(day("2019-10-01"), null, DeadlineOutcome.OVERDUE),
                        tuple(day("2019-10-15"), null, DeadlineOutcome.NOT_RECORDED),
                        tuple(day("2019-12-20"), null, DeadlineOutcome.OPEN));
        assertThat(report.weaknesses().get(0).actions())
                .extracting(
                        ProgressReport.ActionLine::title,
                        ProgressReport.ActionLine::status,
                        ProgressReport.ActionLine::completedOn)
                .containsExactly(
                        tuple("done", ActionStatus.COMPLETE, day("2019-07-30")),
                        tuple("late", ActionStatus.COMPLETE_LATE, day("2019-09-20")),
                        tuple("behind", ActionStatus.OVERDUE, null),
                        tuple("going", ActionStatus.IN_PROGRESS, null),
                        tuple("ahead", ActionStatus.NOT_STARTED, null));
        assertThat(report.weaknesses().get(0).measures().get(0).targetMet()).isTrue();
        ProgressReport.Summary summary = report.summary();
        assertThat(
                        List.of(
                                summary.actionsCompleted(),
                                summary.actionsDue(),
                                summary.actionsOverdue(),
                                summary.deadlinesMet(),
                                summary.deadlinesMetLate(),
                                summary.deadlinesOpen(),
                                summary.deadlinesOverdue(),
                                summary.deadlinesNotRecorded()))
                .containsExactly(2, 2, 1, 1, 1, 1, 1, 1);
    }

    private static Deadline deadline(
            String id, String due, String met, boolean cancelled, DateSetter setBy) {
        return new Deadline(
                id,
                setBy == DateSetter.COUNCIL
                        ? DeadlineKind.WSOA_SUBMISSION
                        : DeadlineKind.MONITORING_REVIEW,
                day(due),
                day(due),
                null,
                met == null ? null : day(met),
                cancelled,
                "the rule",
                "the source",
                ContactRole.LEAD_OFFICER,
                List.of(),
                Instant.parse("2019-05-14T09:00:00Z"),
                setBy,
                DayCount.WORKING_DAYS,
                null);
    }

    private static Action action(
            String title, String due, ActionProgress progress, String completed) {
        return new Action(
                title,
                1,
                title,
                "Head of SEND",
                day(due),
                progress,
                completed == null ? null : day(completed),
                false);
    }

    private static Measure measure(String name, BigDecimal target, MeasureValue value) {
        return new Measure(
                "m-" + name,
                1,
                name,
                "%",
                Direction.HIGHER_IS_BETTER,
                new BigDecimal("30"),
                day("2019-05-01"),
                target,
                null,
                List.of(value),
                false);
    }

    private static Inspection inspection(Weakness weakness) {
        return inspection(weakness, List.of());
    }

    private static Inspection inspection(Weakness weakness, List<Deadline> deadlines) {
        Instant at = Instant.parse("2019-03-11T09:00:00Z");
        return new Inspection(
                ID,
                AREA.id(),
                Framework.LASEND_2016,
                Stage.MONITORING,
                5,
                day("2019-03-11"),
                day("2019-03-18"),
                day("2019-03-22"),
                day("2019-05-14"),
                null,
                null,
                List.of(weakness),
                deadlines,
                KeyDates.none(),
                day("2020-01-15"),
                5,
                at,
                at);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
