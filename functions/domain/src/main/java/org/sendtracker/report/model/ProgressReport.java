package org.sendtracker.report.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sendtracker.improvement.model.ActionStatus;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.shared.Dates;

/**
 * A progress report on one inspection's Written Statement of Action for a period, as a board reads
 * it: a summary, then each area of weakness (its RAG rating at the report's date and how it got
 * there, the actions completed, due and overdue, each measure's values against its baseline and
 * target), then the statutory deadlines. It holds its own words and figures, not references into
 * the record, so an issued copy (docs/progress-report.md) reads the same whatever changes later.
 */
public record ProgressReport(
        String inspectionId,
        String areaId,
        String areaName,
        String framework,
        String stage,
        ReportPeriod period,
        LocalDate asOf,
        Summary summary,
        List<WeaknessSection> weaknesses,
        List<DeadlineLine> deadlines) {

    public ProgressReport {
        Objects.requireNonNull(inspectionId, "inspectionId == null");
        Objects.requireNonNull(areaId, "areaId == null");
        Objects.requireNonNull(areaName, "areaName == null");
        Objects.requireNonNull(period, "period == null");
        Objects.requireNonNull(asOf, "asOf == null");
        Objects.requireNonNull(summary, "summary == null");
        weaknesses = List.copyOf(weaknesses);
        deadlines = List.copyOf(deadlines);
        summary = summary.countingDeadlines(deadlines);
    }

    public String title() {
        return areaName + ": progress report, " + periodText();
    }

    public String periodText() {
        return Dates.format(period.from()) + " to " + Dates.format(period.to());
    }

    /**
     * The counts a board reads first. The deadline counts are the statutory deadlines'; the boards'
     * own reports (docs/boards.md), the partnership's commitments rather than the law's, are
     * counted apart, as the page shows them. Both are always the report's own lines counted ({@link
     * #countingDeadlines}), so an issued copy stored when the two were counted together reads with
     * them apart.
     */
    public record Summary(
            int red,
            int amber,
            int green,
            int blue,
            int statusChanges,
            int actionsCompleted,
            int actionsDue,
            int actionsOverdue,
            int deadlinesMet,
            int deadlinesMetLate,
            int deadlinesOpen,
            int deadlinesOverdue,
            int deadlinesNotRecorded,
            int boardReportsMet,
            int boardReportsMetLate,
            int boardReportsOpen,
            int boardReportsOverdue) {

        public int weaknesses() {
            return red + amber + green + blue;
        }

        /** This summary with its deadline and board report counts taken from {@code lines}. */
        public Summary countingDeadlines(List<DeadlineLine> lines) {
            int[] statutory = new int[DeadlineOutcome.values().length];
            int[] boards = new int[DeadlineOutcome.values().length];
            for (DeadlineLine line : lines) {
                (line.isBoardReport() ? boards : statutory)[line.outcome().counted().ordinal()]++;
            }
            return new Summary(
                    red,
                    amber,
                    green,
                    blue,
                    statusChanges,
                    actionsCompleted,
                    actionsDue,
                    actionsOverdue,
                    statutory[DeadlineOutcome.MET.ordinal()],
                    statutory[DeadlineOutcome.MET_LATE.ordinal()],
                    statutory[DeadlineOutcome.OPEN.ordinal()],
                    statutory[DeadlineOutcome.OVERDUE.ordinal()],
                    statutory[DeadlineOutcome.NOT_RECORDED.ordinal()],
                    boards[DeadlineOutcome.MET.ordinal()],
                    boards[DeadlineOutcome.MET_LATE.ordinal()],
                    boards[DeadlineOutcome.OPEN.ordinal()],
                    boards[DeadlineOutcome.OVERDUE.ordinal()]);
        }
    }

    /** One area of weakness in the report. */
    public record WeaknessSection(
            int number,
            String title,
            String status,
            Rag rag,
            LocalDate since,
            List<StatusEntry> history,
            String judgement,
            List<ActionLine> actions,
            List<MeasureSeries> measures) {

        public WeaknessSection {
            Objects.requireNonNull(title, "title == null");
            Objects.requireNonNull(rag, "rag == null");
            history = List.copyOf(history);
            actions = List.copyOf(actions);
            measures = List.copyOf(measures);
        }

        public String heading() {
            return number + ". " + title;
        }
    }

    /** A status the area of weakness had from a day on; {@code inPeriod} if set during it. */
    public record StatusEntry(LocalDate on, String status, Rag rag, boolean inPeriod) {}

    /** One action of the WSoA and where it stood at the report's date. */
    public record ActionLine(
            String title,
            String owner,
            LocalDate dueOn,
            LocalDate completedOn,
            ActionStatus status) {

        public String statusLabel() {
            return status.label();
        }
    }

    /** A measure of impact: its values up to the report's date against its baseline and target. */
    public record MeasureSeries(
            String name,
            String unit,
            String direction,
            BigDecimal baseline,
            LocalDate baselineOn,
            BigDecimal target,
            LocalDate targetBy,
            List<Point> values,
            boolean targetMet) {

        public MeasureSeries {
            Objects.requireNonNull(name, "name == null");
            values = List.copyOf(values);
        }

        public record Point(LocalDate on, BigDecimal value) {}

        /** The latest value at the report's date, if any. */
        public Point latest() {
            return values.isEmpty() ? null : values.get(values.size() - 1);
        }
    }

    /** A statutory deadline and its outcome at the report's date. */
    public record DeadlineLine(
            String kind,
            String rule,
            String source,
            LocalDate dueOn,
            LocalDate metOn,
            DeadlineOutcome outcome) {

        /**
         * Whether it is a board's own report rather than a statutory deadline; told by its kind's
         * label, which is all an issued copy keeps (in the JSON as {@code boardReport}).
         */
        public boolean isBoardReport() {
            return DeadlineKind.BOARD_REPORT.label().equals(kind);
        }
    }
}
