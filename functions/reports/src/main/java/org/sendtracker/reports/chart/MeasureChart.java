package org.sendtracker.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.sendtracker.report.model.ProgressReport.MeasureSeries;

/**
 * A measure's values over time as an SVG line chart, drawn on the server (JFreeChart onto
 * JFreeSVG): the values as a line with points, the baseline and the target as labelled horizontal
 * lines. The chart carries no text a person typed (the measure's name and unit are in the page
 * around it), so the SVG can be placed in the page as it is. The page also gives the values as a
 * table: the chart is the picture, the table the facts.
 */
public final class MeasureChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 280;

    // GOV.UK Design System colours: blue for the values, green for the target, dark grey for the
    // baseline.
    private static final Color VALUES = new Color(0x1d, 0x70, 0xb8);
    private static final Color TARGET = new Color(0x00, 0x70, 0x3c);
    private static final Color BASELINE = new Color(0x50, 0x5a, 0x5f);
    private static final Color TEXT = new Color(0x0b, 0x0c, 0x0c);
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private MeasureChart() {}

    /**
     * The chart as an {@code <svg>} element; {@code id} (letters, digits, hyphens) keeps its
     * definitions' ids apart from other charts' on the same page.
     */
    public static String svg(MeasureSeries measure, String id) {
        TimeSeries values = new TimeSeries("Values");
        for (MeasureSeries.Point point : measure.values()) {
            values.addOrUpdate(day(point.on()), point.value());
        }
        TimeSeriesCollection data = new TimeSeriesCollection(values, TimeZone.getTimeZone("UTC"));
        JFreeChart chart =
                ChartFactory.createTimeSeriesChart(null, null, null, data, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, VALUES);
        line.setSeriesStroke(0, new BasicStroke(3f));
        plot.setRenderer(line);
        DateAxis time = (DateAxis) plot.getDomainAxis();
        SimpleDateFormat months = new SimpleDateFormat("MMM yyyy", Locale.UK);
        months.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        time.setDateFormatOverride(months);
        // ticks on whole months (or years): a label "Feb 2024" under each of four weekly ticks
        // could not be told apart
        time.setStandardTickUnits(monthTicks(months));
        time.setTickLabelFont(LABELS);
        time.setTickLabelPaint(TEXT);
        plot.getRangeAxis().setTickLabelFont(LABELS);
        plot.getRangeAxis().setTickLabelPaint(TEXT);
        plot.addRangeMarker(marker(measure.baseline(), "Baseline", BASELINE, 1.5f));
        plot.addRangeMarker(marker(measure.target(), "Target", TARGET, 2f));
        includeInRange(plot, measure.baseline(), measure.target());
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setDefsKeyPrefix(id + "-");
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return svg.getSVGElement();
    }

    private static TickUnits monthTicks(SimpleDateFormat format) {
        TickUnits units = new TickUnits();
        for (int months : new int[] {1, 2, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, format));
        }
        for (int years : new int[] {1, 2, 5, 10}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, years, format));
        }
        return units;
    }

    private static ValueMarker marker(BigDecimal value, String label, Color colour, float width) {
        ValueMarker marker =
                new ValueMarker(
                        value.doubleValue(),
                        colour,
                        new BasicStroke(
                                width,
                                BasicStroke.CAP_BUTT,
                                BasicStroke.JOIN_MITER,
                                10f,
                                new float[] {8f, 4f},
                                0f));
        marker.setLabel(label + " " + value.stripTrailingZeros().toPlainString());
        marker.setLabelFont(LABELS);
        marker.setLabelPaint(colour);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    /** Markers outside the values' range would be off the chart: widen the axis to show both. */
    private static void includeInRange(XYPlot plot, BigDecimal baseline, BigDecimal target) {
        double low = Math.min(baseline.doubleValue(), target.doubleValue());
        double high = Math.max(baseline.doubleValue(), target.doubleValue());
        double from = Math.min(low, plot.getRangeAxis().getLowerBound());
        double to = Math.max(high, plot.getRangeAxis().getUpperBound());
        double margin = Math.max((to - from) * 0.1, 1);
        plot.getRangeAxis().setRange(from - margin, to + margin);
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
