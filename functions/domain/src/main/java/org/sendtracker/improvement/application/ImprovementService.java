package org.sendtracker.improvement.application;

import static org.sendtracker.shared.Dates.format;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.Area;
import org.sendtracker.calendar.England;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.application.InspectionListener;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.inspection.application.LostRace;
import org.sendtracker.inspection.application.RequestFingerprint;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.EventDetails;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.rules.RuleBook;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.RecordTooLargeException;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Boards, actions and measures of an inspection's improvement plan, for every door (the JSON API,
 * the forms, the demo data). Each change is an entry in the inspection's audit trail and moves its
 * version on, conditionally, as an officer's event does: a stale {@code If-Match} is refused, a
 * repeated {@code Idempotency-Key} returns the first answer, and the workflow is told, so the
 * reminders of a board's reports follow its cadence at once.
 */
public final class ImprovementService {

    private static final int MAX_IDEMPOTENCY_KEY = 200;

    /** What an officer is told when a change would make the record larger than the store keeps. */
    public static final String TOO_LARGE =
            "This change would make the inspection's record larger than the tracker can keep:"
                    + " nothing was saved. Every report a board is due to give is kept with the"
                    + " inspection (and, until it is given, with its area's list of what is"
                    + " outstanding), and there is room for no more: a board that reports less"
                    + " often, or until an earlier date, may fit.";

    private final Inspections inspections;
    private final ImprovementPlans plans;
    private final Areas areas;
    private final RuleBook rules;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final List<InspectionListener> listeners;

    public ImprovementService(
            Inspections inspections,
            ImprovementPlans plans,
            Areas areas,
            RuleBook rules,
            WorkingDayCalendar calendar,
            Clock clock,
            List<InspectionListener> listeners) {
        this.inspections = Objects.requireNonNull(inspections, "inspections == null");
        this.plans = Objects.requireNonNull(plans, "plans == null");
        this.areas = Objects.requireNonNull(areas, "areas == null");
        this.rules = Objects.requireNonNull(rules, "rules == null");
        this.calendar = Objects.requireNonNull(calendar, "calendar == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.listeners = List.copyOf(listeners);
    }

    /** The request as the caller sent it: conditions and who. */
    public record Request(
            Map<String, ?> input,
            Optional<Long> expectedVersion,
            Optional<String> idempotencyKey,
            Actor actor) {
        public Request {
            input = new LinkedHashMap<>(Objects.requireNonNull(input, "input == null"));
            Objects.requireNonNull(expectedVersion, "expectedVersion == null");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
            Objects.requireNonNull(actor, "actor == null");
        }

        public static Request of(Map<String, ?> input, Actor actor) {
            return new Request(input, Optional.empty(), Optional.empty(), actor);
        }
    }

    public LocalDate today() {
        return England.today(clock);
    }

    /** The plan of an existing inspection (empty when nothing is planned yet). */
    public Optional<ImprovementPlan> plan(String inspectionId) {
        return inspection(inspectionId).map(inspection -> plans.find(inspection.id()));
    }

    /** Adds the board {@code boardId} or replaces it; its report deadlines follow its cadence. */
    public Result<Changed> saveBoard(String inspectionId, String boardId, Request request) {
        return change(
                inspectionId,
                "BOARD_SAVED",
                boardId,
                request,
                (inspection, plan, now) -> {
                    Optional<Area> area = areas.find(inspection.areaId());
                    if (area.isEmpty()) {
                        return Result.refused(
                                new Rejection.NotFound(
                                        "There is no area '" + inspection.areaId() + "'"));
                    }
                    return PlanInput.board(boardId, request.input(), area.get(), plan)
                            .flatMap(board -> boardSaved(inspection, plan, board, now));
                });
    }

    private Result<Edit> boardSaved(
            Inspection inspection, ImprovementPlan plan, Board board, Instant now) {
        boolean known = plan.board(board.id()).isPresent();
        List<Board> boards = new ArrayList<>(plan.boards());
        int at = indexOf(boards.stream().map(Board::id).toList(), board.id());
        if (at < 0) {
            boards.add(board);
        } else {
            boards.set(at, board); // a changed board keeps its place
        }
        ImprovementPlan next = withBoards(plan, boards);
        Inspection.Change change = inspection.change();
        BoardReports.schedule(inspection, next, board, rules, now, change);
        int afterClosing =
                board.cadence() == null
                        ? 0
                        : board.reportDues().size() - BoardReports.dues(inspection, board).size();
        String summary =
                (known ? "Board changed: " : "Board added: ")
                        + board.name()
                        + (board.cadence() == null
                                ? ", with no reports due."
                                : "; reports due " + board.cadence().describe() + ".")
                        + (afterClosing == 0
                                ? ""
                                : " "
                                        + (afterClosing == 1
                                                ? "1 report falls"
                                                : afterClosing + " reports fall")
                                        + " after the inspection closed on "
                                        + format(inspection.closedOn().orElseThrow())
                                        + ": record "
                                        + (afterClosing == 1 ? "it" : "them")
                                        + " on the area's next inspection.");
        return Result.ok(new Edit(next, change, today(), summary));
    }

    /** Records a board report as presented: its deadline is met on that day. */
    public Result<Changed> recordBoardReport(String inspectionId, String boardId, Request request) {
        return change(
                inspectionId,
                "BOARD_REPORT_PRESENTED",
                boardId,
                request,
                (inspection, plan, now) -> {
                    Optional<Board> board = plan.board(boardId);
                    if (board.isEmpty()) {
                        return Result.refused(noBoard(boardId, inspection));
                    }
                    return PlanInput.presented(request.input(), inspection, today())
                            .flatMap(
                                    presented ->
                                            presented(inspection, plan, board.get(), presented));
                });
    }

    private Result<Edit> presented(
            Inspection inspection,
            ImprovementPlan plan,
            Board board,
            PlanInput.Presented presented) {
        String id = board.deadlineId(presented.dueOn());
        Optional<Deadline> due = inspection.deadline(id);
        if (due.isEmpty()) {
            return Result.refused(
                    Rejection.Invalid.of(
                            "dueOn",
                            "No report to "
                                    + board.inSentence()
                                    + " is due on "
                                    + format(presented.dueOn())));
        }
        if (due.get().metOn() != null) {
            return Result.refused(
                    new Rejection.Conflict(
                            "The report due on "
                                    + format(presented.dueOn())
                                    + " was already recorded as presented on "
                                    + format(due.get().metOn())));
        }
        if (due.get().cancelled()) {
            return Result.refused(
                    new Rejection.Conflict(
                            "The report due on "
                                    + format(presented.dueOn())
                                    + " is no longer due: the board's cadence changed"));
        }
        Inspection.Change change =
                inspection.change().deadline(id, d -> d.met(presented.presentedOn(), calendar));
        String summary =
                "Report to "
                        + board.inSentence()
                        + " due "
                        + format(presented.dueOn())
                        + " presented on "
                        + format(presented.presentedOn())
                        + (presented.presentedOn().isAfter(presented.dueOn()) ? " (late)." : ".");
        return Result.ok(new Edit(plan, change, presented.presentedOn(), summary));
    }

    /** Adds an action; its id is the next free {@code action-n}. */
    public Result<Changed> addAction(String inspectionId, Request request) {
        return change(
                inspectionId,
                "ACTION_ADDED",
                "",
                request,
                (inspection, plan, now) -> {
                    String id = nextId("action-", plan.actions().stream().map(Action::id), plan);
                    return PlanInput.action(id, request.input(), inspection, today())
                            .map(
                                    action ->
                                            actionSaved(inspection, plan, action, "Action added")
                                                    .adding(id));
                });
    }

    /** Replaces an action (its progress, owner, due date, …). */
    public Result<Changed> updateAction(String inspectionId, String actionId, Request request) {
        return change(
                inspectionId,
                "ACTION_UPDATED",
                actionId,
                request,
                (inspection, plan, now) -> {
                    if (plan.action(actionId).isEmpty()) {
                        return Result.refused(noAction(actionId));
                    }
                    return PlanInput.action(actionId, request.input(), inspection, today())
                            .map(action -> actionSaved(inspection, plan, action, "Action changed"));
                });
    }

    private Edit actionSaved(
            Inspection inspection, ImprovementPlan plan, Action action, String what) {
        List<Action> actions = new ArrayList<>(plan.actions());
        int at = indexOf(actions.stream().map(Action::id).toList(), action.id());
        if (at < 0) {
            actions.add(action);
        } else {
            actions.set(at, action);
        }
        ImprovementPlan next =
                new ImprovementPlan(
                        plan.inspectionId(),
                        plan.version(),
                        plan.boards(),
                        actions,
                        plan.measures(),
                        plan.retired());
        return new Edit(next, inspection.change(), today(), actionSummary(what, action));
    }

    private String actionSummary(String what, Action action) {
        return what
                + " for area of weakness "
                + action.weakness()
                + ": "
                + action.title()
                + " (owner "
                + action.owner()
                + ", due "
                + format(action.dueOn())
                + "): "
                + action.statusOn(today()).label().toLowerCase()
                + ".";
    }

    /** Adds a measure of impact; its id is the next free {@code measure-n}. */
    public Result<Changed> addMeasure(String inspectionId, Request request) {
        return change(
                inspectionId,
                "MEASURE_ADDED",
                "",
                request,
                (inspection, plan, now) -> {
                    String id = nextId("measure-", plan.measures().stream().map(Measure::id), plan);
                    return PlanInput.measure(id, request.input(), inspection, List.of(), today())
                            .map(
                                    measure ->
                                            measureSaved(inspection, plan, measure, "Measure added")
                                                    .adding(id));
                });
    }

    /** Replaces a measure's definition; its values are kept. */
    public Result<Changed> updateMeasure(String inspectionId, String measureId, Request request) {
        return change(
                inspectionId,
                "MEASURE_UPDATED",
                measureId,
                request,
                (inspection, plan, now) -> {
                    Optional<Measure> current = plan.measure(measureId);
                    if (current.isEmpty()) {
                        return Result.refused(noMeasure(measureId));
                    }
                    return PlanInput.measure(
                                    measureId,
                                    request.input(),
                                    inspection,
                                    current.get().values(),
                                    today())
                            .map(
                                    measure ->
                                            measureSaved(
                                                    inspection, plan, measure, "Measure changed"));
                });
    }

    /** Records a measure's value on a day, replacing the one recorded for that day if any. */
    public Result<Changed> recordMeasureValue(
            String inspectionId, String measureId, Request request) {
        return change(
                inspectionId,
                "MEASURE_VALUE_RECORDED",
                measureId,
                request,
                (inspection, plan, now) -> {
                    Optional<Measure> current = plan.measure(measureId);
                    if (current.isEmpty()) {
                        return Result.refused(noMeasure(measureId));
                    }
                    return PlanInput.value(request.input(), today())
                            .map(
                                    value -> {
                                        Measure measure = current.get();
                                        String replaced =
                                                measure.values().stream()
                                                        .filter(v -> v.on().equals(value.on()))
                                                        .findFirst()
                                                        .map(
                                                                v ->
                                                                        " (replacing "
                                                                                + v.value()
                                                                                        .toPlainString()
                                                                                + ")")
                                                        .orElse("");
                                        String summary =
                                                measure.name()
                                                        + ": "
                                                        + value.value().toPlainString()
                                                        + " "
                                                        + measure.unit()
                                                        + " on "
                                                        + format(value.on())
                                                        + replaced
                                                        + ".";
                                        Measure next = measure.withValue(value);
                                        return new Edit(
                                                withMeasure(plan, next),
                                                inspection.change(),
                                                value.on(),
                                                summary);
                                    });
                });
    }

    private Edit measureSaved(
            Inspection inspection, ImprovementPlan plan, Measure measure, String what) {
        return new Edit(
                withMeasure(plan, measure),
                inspection.change(),
                today(),
                measureSummary(what, measure) + ".");
    }

    private static String measureSummary(String what, Measure measure) {
        return what
                + " for area of weakness "
                + measure.weakness()
                + ": "
                + measure.name()
                + " ("
                + measure.unit()
                + "), baseline "
                + measure.baseline().toPlainString()
                + " on "
                + format(measure.baselineOn())
                + ", target "
                + measure.target().toPlainString()
                + (measure.targetBy() == null ? "" : " by " + format(measure.targetBy()));
    }

    /**
     * Removes a board from the plan: its reports not yet presented are cancelled (no more
     * reminders), those presented stay on the inspection's record. Refused while another board
     * reports to it.
     */
    public Result<Changed> removeBoard(String inspectionId, String boardId, Request request) {
        return change(
                inspectionId,
                "BOARD_REMOVED",
                boardId,
                request,
                (inspection, plan, now) -> {
                    Optional<Board> found = plan.board(boardId);
                    if (found.isEmpty()) {
                        return Result.refused(noBoard(boardId, inspection));
                    }
                    Board board = found.get();
                    List<Board> reporting =
                            plan.boards().stream()
                                    .filter(b -> boardId.equals(b.reportsTo()))
                                    .toList();
                    if (!reporting.isEmpty()) {
                        return Result.refused(
                                new Rejection.Conflict(
                                        reporting.get(0).openingSentence()
                                                + reporting.stream()
                                                        .skip(1)
                                                        .map(b -> " and " + b.inSentence())
                                                        .collect(Collectors.joining())
                                                + (reporting.size() == 1 ? " reports" : " report")
                                                + " to "
                                                + board.inSentence()
                                                + ": change where "
                                                + (reporting.size() == 1
                                                        ? "it reports"
                                                        : "they report")
                                                + " before removing it"));
                    }
                    Inspection.Change change = inspection.change();
                    int cancelled = 0;
                    for (Deadline report : BoardReports.ofBoard(inspection, boardId)) {
                        if (report.isOutstanding()) {
                            change.deadline(report.id(), Deadline::cancel);
                            cancelled++;
                        }
                    }
                    Map<String, Object> removed = new LinkedHashMap<>();
                    removed.put("name", board.name());
                    removed.put("kind", board.kind().name());
                    removed.put("members", board.members());
                    removed.put("reportsTo", board.reportsTo());
                    removed.put(
                            "cadence", board.cadence() == null ? null : board.cadence().describe());
                    String summary =
                            "Board removed: "
                                    + board.name()
                                    + switch (cancelled) {
                                        case 0 -> ".";
                                        case 1 -> "; its 1 report not yet presented is cancelled.";
                                        default ->
                                                "; its "
                                                        + cancelled
                                                        + " reports not yet presented are cancelled.";
                                    };
                    return Result.ok(
                            new Edit(
                                    plan.withoutBoard(boardId), change, today(), summary, removed));
                });
    }

    /** Removes an action from the plan; its id is not given to another. */
    public Result<Changed> removeAction(String inspectionId, String actionId, Request request) {
        return change(
                inspectionId,
                "ACTION_REMOVED",
                actionId,
                request,
                (inspection, plan, now) -> {
                    Optional<Action> found = plan.action(actionId);
                    if (found.isEmpty()) {
                        return Result.refused(noAction(actionId));
                    }
                    Action action = found.get();
                    return Result.ok(
                            new Edit(
                                    plan.withoutAction(actionId),
                                    inspection.change(),
                                    today(),
                                    actionSummary("Action removed", action),
                                    asInput(action)));
                });
    }

    /** Removes a measure, with its values, from the plan; its id is not given to another. */
    public Result<Changed> removeMeasure(String inspectionId, String measureId, Request request) {
        return change(
                inspectionId,
                "MEASURE_REMOVED",
                measureId,
                request,
                (inspection, plan, now) -> {
                    Optional<Measure> found = plan.measure(measureId);
                    if (found.isEmpty()) {
                        return Result.refused(noMeasure(measureId));
                    }
                    Measure measure = found.get();
                    int count = measure.values().size();
                    String summary =
                            measureSummary("Measure removed", measure)
                                    + (count == 0
                                            ? ""
                                            : count == 1
                                                    ? "; with its 1 value"
                                                    : "; with its " + count + " values")
                                    + ".";
                    return Result.ok(
                            new Edit(
                                    plan.withoutMeasure(measureId),
                                    inspection.change(),
                                    today(),
                                    summary,
                                    asInput(measure)));
                });
    }

    private static Rejection noAction(String id) {
        return new Rejection.NotFound("There is no action '" + id + "'");
    }

    private static Rejection noMeasure(String id) {
        return new Rejection.NotFound("There is no measure '" + id + "'");
    }

    private static Rejection noBoard(String id, Inspection inspection) {
        return new Rejection.NotFound(
                "There is no board '" + id + "' for inspection " + inspection.id());
    }

    /** A removed action as the API takes it (numbers as numbers), kept in its removal's entry. */
    private static Map<String, Object> asInput(Action action) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("weakness", action.weakness());
        input.put("title", action.title());
        input.put("owner", action.owner());
        input.put("dueOn", text(action.dueOn()));
        input.put("progress", action.progress().name());
        input.put("completedOn", text(action.completedOn()));
        input.put("illustrative", action.illustrative());
        return input;
    }

    /** A removed measure as the API takes it, with its values, kept in its removal's entry. */
    private static Map<String, Object> asInput(Measure measure) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("weakness", measure.weakness());
        input.put("name", measure.name());
        input.put("unit", measure.unit());
        input.put("direction", measure.direction().name());
        input.put("baseline", measure.baseline());
        input.put("baselineOn", text(measure.baselineOn()));
        input.put("target", measure.target());
        input.put("targetBy", text(measure.targetBy()));
        List<Map<String, Object>> values = new ArrayList<>();
        for (MeasureValue value : measure.values()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("on", text(value.on()));
            one.put("value", value.value());
            one.put("note", value.note());
            values.add(one);
        }
        input.put("values", values);
        input.put("illustrative", measure.illustrative());
        return input;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * What one change does: the plan after it, the inspection's change, the audit sentence and, for
     * a removal, what was removed (kept in the audit entry's details).
     */
    /**
     * What an editor made of a change: the plan after it, the inspection's change, the day and
     * summary of its entry, what a removal took away, and the id an addition gave.
     */
    private record Edit(
            ImprovementPlan plan,
            Inspection.Change change,
            LocalDate on,
            String summary,
            Map<String, Object> removed,
            String added) {

        Edit(ImprovementPlan plan, Inspection.Change change, LocalDate on, String summary) {
            this(plan, change, on, summary, null, null);
        }

        Edit(
                ImprovementPlan plan,
                Inspection.Change change,
                LocalDate on,
                String summary,
                Map<String, Object> removed) {
            this(plan, change, on, summary, removed, null);
        }

        /** This edit, as the addition of the item {@code id}. */
        Edit adding(String id) {
            return new Edit(plan, change, on, summary, removed, id);
        }
    }

    @FunctionalInterface
    private interface Editor {
        Result<Edit> edit(Inspection inspection, ImprovementPlan plan, Instant now);
    }

    private Result<Changed> change(
            String inspectionId, String type, String target, Request request, Editor editor) {
        Optional<Inspection> found = inspection(inspectionId);
        if (found.isEmpty()) {
            return Result.refused(
                    new Rejection.NotFound("There is no inspection '" + inspectionId + "'"));
        }
        Inspection current = found.get();
        String fingerprint = RequestFingerprint.of(type + ":" + target, request.input());
        Optional<String> key = request.idempotencyKey();
        if (key.isPresent()) {
            Optional<Rejection> bad = badKey(key.get());
            if (bad.isPresent()) {
                return Result.refused(bad.get());
            }
            Optional<Result<Changed>> replay = replay(current.id(), key.get(), fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        if (request.expectedVersion().isPresent()
                && request.expectedVersion().get() != current.version()) {
            return replayedInstead(
                    current,
                    key,
                    fingerprint,
                    new Rejection.StaleVersion(request.expectedVersion().get(), current.version()));
        }
        ImprovementPlan plan = plans.find(current.id());
        Instant now = clock.instant();
        Result<Edit> edited = editor.edit(current, plan, now);
        if (edited instanceof Result.Refused<Edit> refused) {
            return replayedInstead(current, key, fingerprint, refused.rejection());
        }
        Result.Ok<Edit> ok = (Result.Ok<Edit>) edited;
        Edit edit = ok.value();
        if (edit.change().changesNothing() && samePlan(edit.plan(), plan)) {
            // the board, action or measure sent as it is on record: no entry, no new version,
            // so nobody else's open form turns stale
            return Result.ok(
                    Changed.unchanged(
                            new ImprovementPlan(
                                    current.id(),
                                    current.version(),
                                    plan.boards(),
                                    plan.actions(),
                                    plan.measures(),
                                    plan.retired())));
        }
        Inspection next = edit.change().recordedAt(now);
        ImprovementPlan stored =
                new ImprovementPlan(
                        next.id(),
                        next.version(),
                        edit.plan().boards(),
                        edit.plan().actions(),
                        edit.plan().measures(),
                        edit.plan().retired());
        EventDetails.Builder details = EventDetails.builder();
        request.input().forEach(details::put);
        String item = edit.added() != null ? edit.added() : target;
        if (!item.isEmpty()) {
            // the item's id, the one changed or the one an addition gave, under "target"; a
            // measure's own target (its number) is kept as asked, and the measure's id then goes
            // under "measure"
            details.put(request.input().containsKey("target") ? "measure" : "target", item);
        }
        if (edit.removed() != null) {
            details.put("removed", edit.removed());
        }
        RecordedEvent event =
                new RecordedEvent(
                        next.eventCount(),
                        type,
                        edit.on(),
                        request.actor().name(),
                        now,
                        edit.summary(),
                        details.build(),
                        request.actor().id());
        Optional<PlanChange> idempotency =
                key.map(k -> new PlanChange(k, fingerprint, stored, event));
        try {
            plans.update(current, next, stored, event, idempotency);
        } catch (ConcurrentChangeException e) {
            return lostRace(current, key, fingerprint, request.expectedVersion());
        } catch (RecordTooLargeException e) {
            return Result.refused(new Rejection.Conflict(TOO_LARGE));
        }
        listeners.forEach(listener -> listener.changed(next, event));
        return Result.ok(new Changed(stored, event, false));
    }

    private static boolean samePlan(ImprovementPlan edited, ImprovementPlan stored) {
        return edited.boards().equals(stored.boards())
                && edited.actions().equals(stored.actions())
                && edited.measures().equals(stored.measures())
                && edited.retired().equals(stored.retired());
    }

    private Optional<Inspection> inspection(String id) {
        return InspectionId.isValid(id) ? inspections.find(new InspectionId(id)) : Optional.empty();
    }

    private static Optional<Rejection> badKey(String key) {
        if (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY) {
            return Optional.of(
                    Rejection.Invalid.of(
                            "Idempotency-Key",
                            "The Idempotency-Key header must be 1 to "
                                    + MAX_IDEMPOTENCY_KEY
                                    + " characters"));
        }
        return FieldReader.unsafe(key, "The Idempotency-Key header", false)
                .map(message -> Rejection.Invalid.of("Idempotency-Key", message));
    }

    /**
     * A refusal, unless the same key's request was recorded meanwhile: a copy sent at the same
     * moment is refused against the state the first left (the action gone already, the version
     * moved on) and gets the first answer instead.
     */
    private Result<Changed> replayedInstead(
            Inspection current, Optional<String> key, String fingerprint, Rejection refusal) {
        return key.flatMap(k -> replay(current.id(), k, fingerprint))
                .filter(Result::isOk)
                .orElseGet(() -> Result.refused(refusal));
    }

    private Optional<Result<Changed>> replay(InspectionId id, String key, String fingerprint) {
        return plans.idempotentResult(id, key)
                .map(
                        stored -> {
                            if (!stored.fingerprint().equals(fingerprint)) {
                                return Result.refused(LostRace.keyReused(key));
                            }
                            // a retry after a stop between the parts of the change finishes them
                            inspections.find(id).ifPresent(inspections::settle);
                            return Result.ok(new Changed(stored.plan(), stored.event(), true));
                        });
    }

    private Result<Changed> lostRace(
            Inspection current,
            Optional<String> key,
            String fingerprint,
            Optional<Long> expectedVersion) {
        if (key.isPresent()) {
            Optional<Result<Changed>> replay = replay(current.id(), key.get(), fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        return Result.refused(LostRace.refusal(inspections, current, expectedVersion));
    }

    private static ImprovementPlan withBoards(ImprovementPlan plan, List<Board> boards) {
        return new ImprovementPlan(
                plan.inspectionId(),
                plan.version(),
                boards,
                plan.actions(),
                plan.measures(),
                plan.retired());
    }

    private static ImprovementPlan withMeasure(ImprovementPlan plan, Measure measure) {
        List<Measure> measures = new ArrayList<>(plan.measures());
        int at = indexOf(measures.stream().map(Measure::id).toList(), measure.id());
        if (at < 0) {
            measures.add(measure);
        } else {
            measures.set(at, measure);
        }
        return new ImprovementPlan(
                plan.inspectionId(),
                plan.version(),
                plan.boards(),
                plan.actions(),
                measures,
                plan.retired());
    }

    private static int indexOf(List<String> ids, String id) {
        return ids.indexOf(id);
    }

    /** The next {@code prefix-n} above every id the plan holds or has retired. */
    private static String nextId(String prefix, Stream<String> held, ImprovementPlan plan) {
        int highest = 0;
        for (String id : Stream.concat(held, plan.retired().stream()).toList()) {
            if (id.startsWith(prefix) && id.substring(prefix.length()).matches("\\d{1,6}")) {
                highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        return prefix + (highest + 1);
    }
}
