package org.sendtracker.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sendtracker.report.model.ProgressReport.MeasureSeries;
import org.sendtracker.report.model.ProgressReport.MeasureSeries.Point;

/**
 * A measure's chart labels its time axis so each label can be told from the others: ticks on whole
 * months (a probe's three monthly values had "Feb 2024" under four ticks and "Mar 2024" under
 * five).
 */
class MeasureChartTest {

    private static final Pattern MONTH = Pattern.compile(">([A-Z][a-z]{2} \\d{4})<");

    private static MeasureSeries measure(List<Point> values) {
        return new MeasureSeries(
                "EHC plans within 20 weeks",
                "%",
                "Higher is better",
                new BigDecimal("10.25"),
                LocalDate.of(2023, 12, 31),
                new BigDecimal("60.5"),
                LocalDate.of(2025, 3, 31),
                values,
                false);
    }

    private static List<String> monthLabels(String svg) {
        List<String> labels = new ArrayList<>();
        Matcher m = MONTH.matcher(svg);
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }

    @Test
    void threeMonthlyValues_areLabelledOnceAMonth_eachLabelDistinct() {
        String svg =
                MeasureChart.svg(
                        measure(
                                List.of(
                                        new Point(
                                                LocalDate.of(2024, 1, 31), new BigDecimal("12.5")),
                                        new Point(
                                                LocalDate.of(2024, 2, 29), new BigDecimal("15.75")),
                                        new Point(
                                                LocalDate.of(2024, 3, 31), new BigDecimal("14")))),
                        "w1m1");

        List<String> labels = monthLabels(svg);
        assertThat(labels).isNotEmpty().doesNotHaveDuplicates().allMatch(l -> l.endsWith("2024"));
    }

    @Test
    void twoYearsOfValues_areLabelledWithoutRepeats() {
        List<Point> values = new ArrayList<>();
        for (int month = 0; month < 24; month++) {
            values.add(
                    new Point(
                            LocalDate.of(2023, 1, 28).plusMonths(month),
                            BigDecimal.valueOf(20 + month)));
        }

        assertThat(monthLabels(MeasureChart.svg(measure(values), "w1m2")))
                .hasSizeGreaterThan(1)
                .doesNotHaveDuplicates();
    }
}
