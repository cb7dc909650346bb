package org.sendtracker.reports.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.report.model.DeadlineOutcome;
import org.sendtracker.report.model.IssuedReport;
import org.sendtracker.report.model.ProgressReport;
import org.sendtracker.report.model.ProgressReport.DeadlineLine;
import org.sendtracker.report.model.ProgressReport.MeasureSeries;
import org.sendtracker.report.model.ProgressReport.WeaknessSection;
import org.sendtracker.report.model.Rag;
import org.sendtracker.reports.chart.MeasureChart;
import org.sendtracker.shared.Dates;

/**
 * What the progress report's template shows: the report, each measure's chart, and around it the
 * page's links and (for an editor, on the live report) the form that issues it to a board. One
 * template serves the page and the PDF ({@code pdf}: the stylesheet inlined, the charts as inline
 * SVG, no links or forms).
 */
public record ReportPage(
        ProgressReport report,
        List<Section> sections,
        Frame frame,
        Issued issued,
        IssueForm issueForm,
        boolean pdf,
        String css) {

    /** Who is signed in, where the inspection and the PDF are. */
    public record Frame(String signedInAs, String inspectionHref, String pdfHref) {}

    /** An issued copy: to whom, when, by whom. */
    public record Issued(int number, String board, String when, String by) {}

    /** The form that issues the report to one of the inspection's boards. */
    public record IssueForm(String action, String csrf, List<Board> boards, String key) {
        public record Board(String id, String name) {}
    }

    /** An area of weakness with its measures' charts. */
    public record Section(WeaknessSection weakness, List<Chart> charts) {}

    /** A measure with its chart, as inline SVG and as an image's data address. */
    public record Chart(MeasureSeries measure, String svg, String alt) {
        public String dataUri() {
            return "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The report's deadlines under one heading: the statutory ones, or the boards' own reports
     * (docs/boards.md), which are the partnership's commitments, not the law's; with the count of
     * each outcome for the summary (a date others set with the council's: {@link
     * DeadlineOutcome#counted}).
     */
    public record DeadlineGroup(String id, String heading, List<DeadlineLine> lines) {

        public long count(DeadlineOutcome outcome) {
            return lines.stream().filter(line -> line.outcome().counted() == outcome).count();
        }
    }

    /** The statutory deadlines (always, if only to say there are none), then any board reports. */
    public static List<DeadlineGroup> deadlineGroups(ProgressReport report) {
        List<DeadlineLine> statutory = new ArrayList<>();
        List<DeadlineLine> boards = new ArrayList<>();
        for (DeadlineLine line : report.deadlines()) {
            (line.isBoardReport() ? boards : statutory).add(line);
        }
        List<DeadlineGroup> groups = new ArrayList<>();
        groups.add(new DeadlineGroup("deadlines", "Statutory deadlines", statutory));
        if (!boards.isEmpty()) {
            groups.add(new DeadlineGroup("board-reports", "Board reports", boards));
        }
        return groups;
    }

    /**
     * "inspection of 28 November 2022": an inspection is known by the day inspectors arrived, the
     * end of its id (docs/glossary.md); the id itself should it not end with a day.
     */
    public static String inspectionName(ProgressReport report) {
        String id = report.inspectionId();
        try {
            return "inspection of "
                    + Dates.format(LocalDate.parse(id.substring(Math.max(0, id.length() - 10))));
        } catch (java.time.format.DateTimeParseException notADay) {
            return "inspection " + id;
        }
    }

    public static List<Section> sections(ProgressReport report) {
        List<Section> sections = new ArrayList<>();
        for (WeaknessSection weakness : report.weaknesses()) {
            List<Chart> charts = new ArrayList<>();
            int n = 0;
            for (MeasureSeries measure : weakness.measures()) {
                String id = "w" + weakness.number() + "m" + (++n);
                // no values, no chart: an empty one had a time axis at "Jan 1970"
                charts.add(
                        new Chart(
                                measure,
                                measure.values().isEmpty() ? null : MeasureChart.svg(measure, id),
                                alt(measure)));
            }
            sections.add(new Section(weakness, charts));
        }
        return sections;
    }

    public static Issued issued(IssuedReport report, String when) {
        return new Issued(report.number(), report.boardName(), when, report.issuedBy().name());
    }

    /** What the chart shows, for someone who cannot see it; the table below it gives each value. */
    static String alt(MeasureSeries measure) {
        MeasureSeries.Point latest = measure.latest();
        return "Line chart of "
                + measure.name()
                + " ("
                + measure.unit()
                + "): baseline "
                + plain(measure.baseline())
                + ", target "
                + plain(measure.target())
                + (latest == null
                        ? ", no values recorded yet."
                        : ", "
                                + measure.values().size()
                                + " values, the latest "
                                + plain(latest.value())
                                + " on "
                                + Dates.format(latest.on())
                                + ".");
    }

    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A measure's figure with its unit, as the plan page gives it: "38.5%", "12 weeks". */
    public static String amount(BigDecimal value, MeasureSeries measure) {
        return value == null ? "" : Measure.amount(plain(value), measure.unit());
    }

    /** The GOV.UK tag colour of a rating. */
    public static String tagClass(Rag rag) {
        return switch (rag) {
            case RED -> "govuk-tag govuk-tag--red";
            case AMBER -> "govuk-tag govuk-tag--yellow";
            case GREEN -> "govuk-tag govuk-tag--green";
            case BLUE -> "govuk-tag govuk-tag--blue";
        };
    }

    public static String date(LocalDate date) {
        return date == null ? "" : Dates.format(date);
    }
}
