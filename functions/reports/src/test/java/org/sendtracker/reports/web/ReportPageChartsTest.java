package org.sendtracker.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.report.model.ProgressReport;
import org.sendtracker.report.model.ProgressReport.MeasureSeries;
import org.sendtracker.report.model.ProgressReport.MeasureSeries.Point;
import org.sendtracker.report.model.ProgressReport.WeaknessSection;
import org.sendtracker.report.model.Rag;
import org.sendtracker.report.model.ReportPeriod;

/**
 * A measure without values gets no chart (an empty one was drawn on an axis at "Jan 1970"); one
 * with values gets its SVG.
 */
class ReportPageChartsTest {

    private static MeasureSeries measure(String name, List<Point> values) {
        return new MeasureSeries(
                name,
                "days",
                "Lower is better",
                new BigDecimal("120"),
                LocalDate.of(2024, 1, 1),
                new BigDecimal("60"),
                null,
                values,
                false);
    }

    @Test
    void aMeasureWithoutValues_hasNoChart_oneWithValuesHasItsSvg() {
        MeasureSeries empty = measure("Measure with no values", List.of());
        MeasureSeries waiting =
                measure(
                        "Waiting weeks",
                        List.of(new Point(LocalDate.of(2024, 2, 29), new BigDecimal("50"))));
        WeaknessSection weakness =
                new WeaknessSection(
                        1,
                        "Waiting times",
                        "On track",
                        Rag.GREEN,
                        LocalDate.of(2024, 1, 10),
                        List.of(),
                        null,
                        List.of(),
                        List.of(empty, waiting));
        ProgressReport report =
                new ProgressReport(
                        "testshire-2022-03-14",
                        "testshire",
                        "Testshire",
                        "local area SEND inspection (2016 framework)",
                        "Monitoring",
                        ReportPeriod.quarterEndingOn(LocalDate.of(2024, 3, 31)),
                        LocalDate.of(2024, 3, 31),
                        new ProgressReport.Summary(
                                0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                        List.of(weakness),
                        List.of());

        List<ReportPage.Chart> charts = ReportPage.sections(report).get(0).charts();

        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).svg()).isNull();
        assertThat(charts.get(1).svg()).startsWith("<svg").doesNotContain("Jan 1970");
    }
}
