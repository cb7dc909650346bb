package org.sendtracker.report.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.Area;
import org.sendtracker.calendar.England;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.report.model.IssuedReport;
import org.sendtracker.report.model.ProgressReport;
import org.sendtracker.report.model.ProgressReports;
import org.sendtracker.report.model.ReportPeriod;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.Dates;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Progress reports (docs/progress-report.md): assembles one for an inspection and a period, and
 * issues it to a board, keeping the issued copy exactly as it was. The caller has already checked
 * that the person may read (to see) or change (to issue) the inspection's area.
 */
public final class ProgressReportService {

    /** The longest a board's id may be. */
    static final int BOARD_MAX = 40;

    /** The longest idempotency key: it becomes part of a DynamoDB sort key. */
    static final int KEY_MAX = 200;

    private final Areas areas;
    private final IssuedReports issued;
    private final WsoaWork work;
    private final Clock clock;
    private final PastRecords past;
    private final List<ReportIssuedListener> listeners;

    /** A service without an audit trail to read: a past period rolls back today's dates only. */
    public ProgressReportService(Areas areas, IssuedReports issued, WsoaWork work, Clock clock) {
        this(areas, issued, work, clock, PastRecords.NONE, List.of());
    }

    /**
     * {@code past}: where a report for a past period finds the record as it stood; {@code
     * listeners}: told of each report issued, after it is stored.
     */
    public ProgressReportService(
            Areas areas,
            IssuedReports issued,
            WsoaWork work,
            Clock clock,
            PastRecords past,
            List<ReportIssuedListener> listeners) {
        this.areas = Objects.requireNonNull(areas, "areas == null");
        this.issued = Objects.requireNonNull(issued, "issued == null");
        this.work = Objects.requireNonNull(work, "work == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.past = Objects.requireNonNull(past, "past == null");
        this.listeners = List.copyOf(listeners);
    }

    /** The report for the period {@code from}–{@code to} (ISO dates, either may be absent). */
    public Result<ProgressReport> report(Inspection inspection, String from, String to) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("from", from);
        input.put("to", to);
        return period(new FieldReader(input))
                .flatMap(period -> afterTheNotice(inspection, period))
                .map(period -> assemble(inspection, period));
    }

    /**
     * Issues the report for a period to a board: {@code board} (its name), {@code from} and {@code
     * to}. The same {@code key} again returns the report it first issued.
     */
    public Result<IssuedReport> issue(
            Inspection inspection, Map<String, ?> input, String key, Actor actor) {
        return issueOrReplay(inspection, input, key, actor).map(Issue::report);
    }

    /**
     * A report as {@link #issue} answers it, and whether it was issued by an earlier request with
     * the same key (a retry, or a copy of the request sent at the same moment): the API answers a
     * replay 200 with {@code Idempotent-Replayed}, as every keyed write's.
     */
    public record Issue(IssuedReport report, boolean replayed) {}

    /** As {@link #issue}, saying whether the answer is the report an earlier request issued. */
    public Result<Issue> issueOrReplay(
            Inspection inspection, Map<String, ?> input, String key, Actor actor) {
        if (key == null || key.isBlank() || key.length() > KEY_MAX) {
            return Result.refused(
                    Rejection.Invalid.of(
                            "Idempotency-Key",
                            "Send an idempotency key of 1 to " + KEY_MAX + " characters"));
        }
        Optional<IssuedReport> again = issued.byKey(inspection.id(), key);
        if (again.isPresent()) {
            return asked(again.get(), input)
                    ? Result.ok(new Issue(again.get(), true))
                    : Result.refused(
                            new Rejection.Conflict(
                                    "The Idempotency-Key '"
                                            + key
                                            + "' was already used for report "
                                            + again.get().number()
                                            + ", to another board or for another period: send a"
                                            + " new key for a new report"));
        }
        FieldReader fields = new FieldReader(input).onlyFields(Set.of("board", "from", "to"));
        String boardId = fields.text("board", "the board it is for", BOARD_MAX, true);
        ImprovementPlan plan = work.of(inspection.id());
        Optional<Board> board = boardId == null ? Optional.empty() : plan.board(boardId);
        if (boardId != null && board.isEmpty()) {
            fields.error(
                    "board",
                    plan.boards().isEmpty()
                            ? "This inspection has no boards yet: add the board first"
                            : "There is no board '"
                                    + boardId
                                    + "' on this inspection's plan. Choose one of its boards: "
                                    + String.join(
                                            ", ",
                                            plan.boards().stream()
                                                    .map(b -> b.name() + " (" + b.id() + ")")
                                                    .toList()));
        }
        Result<ReportPeriod> period =
                period(fields)
                        .flatMap(this::begun)
                        .flatMap(asked -> afterTheNotice(inspection, asked));
        if (fields.hasErrors() || !period.isOk()) {
            return Result.refused(new Rejection.Invalid(errors(fields, period)));
        }
        ProgressReport content = assemble(inspection, period.orElseThrow());
        List<IssuedReport> before = issued.of(inspection.id());
        IssuedReport report =
                new IssuedReport(
                        inspection.id().value(),
                        before.size() + 1,
                        board.orElseThrow().id(),
                        board.orElseThrow().name(),
                        Instant.now(clock),
                        actor,
                        key,
                        content,
                        board.orElseThrow().members());
        try {
            issued.add(report);
        } catch (ConcurrentChangeException e) {
            return issued.byKey(inspection.id(), key)
                    .<Result<Issue>>map(same -> Result.ok(new Issue(same, true)))
                    .orElseGet(
                            () ->
                                    Result.refused(
                                            new Rejection.Conflict(
                                                    "Another report was issued at the same moment: try again")));
        }
        listeners.forEach(listener -> listener.issued(inspection, report));
        return Result.ok(new Issue(report, false));
    }

    /**
     * Whether {@code input} asks for {@code report} again: the same board, and the same first and
     * last days where it gives them (left out, they were worked out on the day it was issued).
     */
    private static boolean asked(IssuedReport report, Map<String, ?> input) {
        ReportPeriod period = report.content().period();
        return report.boardId().equals(input.get("board"))
                && sameDay(input.get("from"), period.from())
                && sameDay(input.get("to"), period.to());
    }

    private static boolean sameDay(Object given, LocalDate day) {
        return given == null || day.toString().equals(given);
    }

    public List<IssuedReport> issued(Inspection inspection) {
        return issued.of(inspection.id());
    }

    public Optional<IssuedReport> issued(Inspection inspection, String number) {
        if (number == null || !number.matches("[1-9][0-9]{0,5}")) {
            return Optional.empty();
        }
        return issued.find(inspection.id(), Integer.parseInt(number));
    }

    public LocalDate today() {
        return England.today(clock);
    }

    private ProgressReport assemble(Inspection inspection, ReportPeriod period) {
        Area area =
                areas.find(inspection.areaId())
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "inspection " + inspection.id() + " has no area"));
        LocalDate today = today();
        LocalDate asOf = period.asOf(today);
        ImprovementPlan plan = work.of(inspection.id());
        if (!asOf.isBefore(today)) {
            // every step is dated today or earlier: the record as it stands is as it stood
            return ProgressReports.assemble(inspection, area, period, today, plan);
        }
        PastRecords.AsItStood then = past.on(inspection, plan, asOf);
        return ProgressReports.assemble(then.inspection(), area, period, today, then.plan());
    }

    /**
     * Reads {@code from} and {@code to}; without either, the quarter to today (or to {@code to}).
     */
    private Result<ReportPeriod> period(FieldReader fields) {
        LocalDate from = fields.date("from", "the first day of the report's period", false);
        LocalDate to = fields.date("to", "the last day of the report's period", false);
        if (fields.hasErrors()) {
            return Result.refused(new Rejection.Invalid(fields.errors()));
        }
        LocalDate end = to != null ? to : from != null && from.isAfter(today()) ? from : today();
        LocalDate start = from != null ? from : ReportPeriod.quarterEndingOn(end).from();
        if (start.isAfter(end)) {
            return Result.refused(
                    Rejection.Invalid.of(
                            "to", "The period's last day must be on or after its first day"));
        }
        if (start.plusYears(ReportPeriod.MAX_YEARS).isBefore(end)) {
            return Result.refused(
                    Rejection.Invalid.of(
                            "to", "A report covers at most " + ReportPeriod.MAX_YEARS + " years"));
        }
        return Result.ok(new ReportPeriod(start, end));
    }

    /**
     * A period that ends before the inspection was notified has nothing to report: refused on
     * {@code to}, rather than a report of an inspection "awaiting its report" before it existed.
     */
    private static Result<ReportPeriod> afterTheNotice(Inspection inspection, ReportPeriod period) {
        if (period.to().isBefore(inspection.notifiedOn())) {
            return Result.refused(
                    Rejection.Invalid.of(
                            "to",
                            "The period ends before this inspection was notified ("
                                    + Dates.format(inspection.notifiedOn())
                                    + "): choose a period that ends on or after that day"));
        }
        return Result.ok(period);
    }

    /**
     * An issued report is kept for good: its period must have begun (a preview may look ahead, an
     * issue would record a report of nothing).
     */
    private Result<ReportPeriod> begun(ReportPeriod period) {
        if (period.from().isAfter(today())) {
            return Result.refused(
                    Rejection.Invalid.of(
                            "from",
                            "The period has not begun: issue a report for a period that starts"
                                    + " today or earlier"));
        }
        return Result.ok(period);
    }

    private static List<FieldError> errors(FieldReader fields, Result<ReportPeriod> period) {
        List<FieldError> errors = new ArrayList<>(fields.errors());
        period.refusal()
                .ifPresent(
                        r ->
                                r.errors("to").stream()
                                        .filter(e -> !errors.contains(e))
                                        .forEach(errors::add));
        return errors;
    }
}
