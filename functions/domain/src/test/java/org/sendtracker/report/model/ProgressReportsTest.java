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
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ActionProgress;
import org.sendtracker.improvement.model.ActionStatus;
import org.sendtracker.improvement.model.Direction;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.KeyDates;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.inspection.model.Weakness;
import org.sendtracker.inspection.model.WeaknessStatus;
import org.sendtracker.report.model.ProgressReport.WeaknessSection;
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

    private static Inspection inspection(Weakness weakness) {
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
                List.of(),
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
