package org.sendtracker.inspection.application;

import static org.sendtracker.shared.Dates.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.EventContext;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Illustrative;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Lifecycle;
import org.sendtracker.inspection.model.LifecycleEvent;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.inspection.model.WeaknessStatus;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Decides a correction or a withdrawal of a recorded step (docs/corrections-plan.md). The request
 * is read ({@link Amendment}: 400 per field), its target checked (an officer's step that exists and
 * stands: 400 on {@code corrects}/{@code withdraws}), the corrected input read as the step's type
 * reads it (400 per field, named {@code fields.<name>}), then the whole history replayed with the
 * amendment ({@link Replay}): if any step would be refused, the amendment is refused (409, naming
 * the step and why) and nothing is written. Otherwise the replayed state is the next state, with
 * the version and audit sequence moved on by one like any event.
 */
final class Corrections {

    /**
     * A corrected field as the timeline names it, where its name in the request is not a word
     * (docs/glossary.md); {@code on} reads as it is ("on 14 May 2019 → 16 May 2019").
     */
    private static final Map<String, String> FIELD_NAMES =
            Map.ofEntries(
                    Map.entry("publishedOn", "publication date"),
                    Map.entry("startsOn", "date inspectors arrive"),
                    Map.entry("appDueOn", "Accelerated Progress Plan due date"),
                    Map.entry("resubmitBy", "date to resubmit by"),
                    Map.entry("dueOn", "due date"),
                    Map.entry("weaknesses", "areas of weakness"),
                    Map.entry("wsoaRequired", "WSoA required"),
                    Map.entry("fitForPurpose", "fit for purpose"),
                    Map.entry("statuses", "statuses"),
                    Map.entry("sufficientProgress", "sufficient progress"));

    private final Inspections inspections;

    Corrections(Inspections inspections) {
        this.inspections = Objects.requireNonNull(inspections, "inspections == null");
    }

    static boolean handles(String type) {
        return Amendment.kind(type).isPresent();
    }

    Result<Decided> decide(
            Inspection current, String type, Map<String, ?> input, EventContext context) {
        Amendment.Kind kind = Amendment.kind(type).orElseThrow();
        Result<Amendment> read = Amendment.read(kind, input);
        if (read instanceof Result.Refused<Amendment> refused
                && refused.rejection() instanceof Rejection.Invalid invalid) {
            return Result.refused(
                    withTheCorrectedFieldsErrors(current, kind, input, invalid, context));
        }
        return read.flatMap(amendment -> decide(current, amendment, context));
    }

    /**
     * A correction refused for its reason alone is also told what its corrected fields get wrong,
     * so the officer puts the form right in one pass; anything else stands as refused.
     */
    private Rejection withTheCorrectedFieldsErrors(
            Inspection current,
            Amendment.Kind kind,
            Map<String, ?> input,
            Rejection.Invalid refused,
            EventContext context) {
        boolean reasonOnly = refused.errors().stream().allMatch(e -> e.field().equals("reason"));
        if (kind != Amendment.Kind.CORRECTION || !reasonOnly) {
            return refused;
        }
        Map<String, Object> withAReason = new LinkedHashMap<>(input);
        withAReason.put("reason", "(set aside while the fields are read)");
        if (!(Amendment.read(kind, withAReason) instanceof Result.Ok<Amendment> amendment)) {
            return refused;
        }
        List<RecordedEvent> trail = inspections.history(current.id());
        EffectiveHistory history = EffectiveHistory.of(trail);
        if (!(target(current, trail, history, amendment.value())
                instanceof Result.Ok<EffectiveHistory.Step> step)) {
            return refused;
        }
        Optional<Rejection> malformed = malformed(step.value(), amendment.value(), context.today());
        if (malformed.isEmpty()) {
            return refused;
        }
        List<FieldError> errors = new ArrayList<>(refused.errors());
        errors.addAll(malformed.get().errors("fields"));
        return new Rejection.Invalid(errors);
    }

    private Result<Decided> decide(Inspection current, Amendment requested, EventContext context) {
        List<RecordedEvent> trail = inspections.history(current.id());
        EffectiveHistory history = EffectiveHistory.of(trail);
        Result<EffectiveHistory.Step> target = target(current, trail, history, requested);
        if (!(target instanceof Result.Ok<EffectiveHistory.Step> found)) {
            return target.map(step -> null);
        }
        EffectiveHistory.Step step = found.value();
        if (requested.kind() == Amendment.Kind.CORRECTION) {
            Optional<Rejection> malformed = malformed(step, requested, context.today());
            if (malformed.isPresent()) {
                return Result.refused(malformed.get());
            }
        }
        Amendment amendment =
                requested.kind() == Amendment.Kind.CORRECTION
                        ? requested.changing(step.details())
                        : requested;
        Replay.Outcome replayed = Replay.of(current, history.with(amendment), context);
        if (!replayed.succeeded()) {
            Optional<Rejection> ownFields = ownFieldsRefused(step, replayed);
            return Result.refused(ownFields.orElseGet(() -> impossible(amendment, step, replayed)));
        }
        Inspection next = successor(current, replayed.state(), context.now());
        return Result.ok(
                new Decided(
                        next,
                        null,
                        summary(amendment, step, current, next),
                        details(amendment, step)));
    }

    /** The step the amendment names, if it is an officer's step that stands. */
    private static Result<EffectiveHistory.Step> target(
            Inspection current,
            List<RecordedEvent> trail,
            EffectiveHistory history,
            Amendment amendment) {
        String field = amendment.kind().targetField;
        int seq = amendment.target();
        Optional<RecordedEvent> entry = trail.stream().filter(e -> e.seq() == seq).findFirst();
        if (entry.isEmpty()) {
            return Result.refused(
                    Rejection.Invalid.of(
                            field,
                            "There is no entry "
                                    + seq
                                    + " in this inspection's record; its entries are numbered 1 to "
                                    + trail.size()));
        }
        Optional<EventType> type =
                EventType.parse(entry.get().type())
                        .filter(Lifecycle.of(current.framework()).events()::contains);
        if (type.isEmpty()) {
            return Result.refused(
                    Rejection.Invalid.of(
                            field,
                            "Entry "
                                    + seq
                                    + " ("
                                    + notAStep(entry.get().type())
                                    + ") cannot be "
                                    + amendment.kind().done
                                    + ": only the steps officers record can be corrected or withdrawn, not the record of the inspection itself, a system entry, a correction or a withdrawal"));
        }
        return history.step(seq)
                .<Result<EffectiveHistory.Step>>map(Result::ok)
                .orElseGet(
                        () ->
                                Result.refused(
                                        Rejection.Invalid.of(
                                                field,
                                                "Entry " + seq + " has been withdrawn already")));
    }

    /** An entry that is not an officer's step, as a sentence names it rather than by its code. */
    private static String notAStep(String type) {
        Optional<Amendment.Kind> amendment = Amendment.kind(type);
        if (amendment.isPresent()) {
            return amendment.get() == Amendment.Kind.WITHDRAWAL ? "a withdrawal" : "a correction";
        }
        return type.equals("INSPECTION_CREATED")
                ? "the record of the inspection itself"
                : EventType.parse(type)
                        .map(t -> "'" + t.label() + "', not a step of this framework")
                        .orElse("a system entry");
    }

    /** The corrected input, read as the step's type reads it: an error per field. */
    private static Optional<Rejection> malformed(
            EffectiveHistory.Step step, Amendment amendment, LocalDate today) {
        Map<String, Object> corrected =
                EffectiveHistory.layOver(step.details(), amendment.fields());
        Rejection nothingToCorrect =
                Rejection.Invalid.of(
                        "fields",
                        "The corrected fields are the same as recorded: there is nothing to correct");
        if (corrected.equals(step.details())) {
            return Optional.of(nothingToCorrect);
        }
        FieldReader reader = new FieldReader(corrected);
        LifecycleEvent event = EventReader.read(step.type(), reader);
        if (!reader.hasErrors()
                && event.equals(EventReader.read(step.type(), new FieldReader(step.details())))
                && illustrative(corrected).equals(illustrative(step.details()))) {
            // the same step, written another way ("2" for 2, a title with a space around it)
            return Optional.of(nothingToCorrect);
        }
        if (!reader.hasErrors() && event.on() != null && event.on().isAfter(today)) {
            reader.error(
                    "on",
                    FieldReader.capitalise(step.type().dateLabel())
                            + " must be today or in the past");
        }
        if (!reader.hasErrors()) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        for (FieldError error : reader.errors()) {
            errors.add(
                    new FieldError(
                            "fields." + error.field(), error.message(), error.formMessage()));
        }
        return Optional.of(new Rejection.Invalid(errors));
    }

    /**
     * The corrected step itself refused by the lifecycle for its own fields (a required answer
     * removed with {@code null}, a list emptied): a 400 on those fields, {@code fields.<name>}, as
     * when the step's reader refuses them, rather than a history that cannot have happened.
     */
    private static Optional<Rejection> ownFieldsRefused(
            EffectiveHistory.Step step, Replay.Outcome replayed) {
        if (replayed.refusedAt().map(EffectiveHistory.Step::seq).orElse(-1) != step.seq()
                || !(replayed.why().orElse(null) instanceof Rejection.Invalid invalid)) {
            return Optional.empty();
        }
        List<FieldError> errors = new ArrayList<>();
        for (FieldError error : invalid.errors()) {
            errors.add(
                    new FieldError(
                            "fields." + error.field(), error.message(), error.formMessage()));
        }
        return Optional.of(new Rejection.Invalid(errors));
    }

    /** The step's illustrative mark as given ({@code true} and {@code "true"} alike). */
    private static String illustrative(Map<String, Object> input) {
        return String.valueOf(input.get(Illustrative.FIELD)).strip().toLowerCase(Locale.ROOT);
    }

    private static Rejection impossible(
            Amendment amendment, EffectiveHistory.Step step, Replay.Outcome replayed) {
        EffectiveHistory.Step refused = replayed.refusedAt().orElseThrow();
        String why = replayed.why().map(Corrections::reasons).orElse("");
        String broken =
                refused.seq() == step.seq()
                        ? "the corrected step would be refused"
                        : refused.describe() + " would be refused";
        String what =
                amendment.kind().doing
                        + " "
                        + step.describe()
                        + " would leave a history that cannot have happened: "
                        + broken
                        + ": "
                        + why;
        if (refused.seq() != step.seq()) {
            // a later step stands in the way: say which to put right first
            what +=
                    (what.endsWith(".") ? "" : ".")
                            + " To make this change, first correct or withdraw entry "
                            + refused.seq()
                            + ".";
        }
        return new Rejection.Conflict(what);
    }

    /**
     * Why the step would be refused, in the words the forms use (deadlines by name, not by code):
     * the sentence reaches an officer on the correction and withdrawal pages as well as the API.
     */
    private static String reasons(Rejection rejection) {
        List<String> messages = new ArrayList<>();
        for (FieldError error : rejection.errors("type")) {
            messages.add(error.formMessage());
        }
        return String.join("; ", messages);
    }

    /**
     * The replayed state as the successor of {@code current}: version and audit sequence one on,
     * updated now. A deadline whose due date moved counts as learned now, as an overridden one
     * does, so no reminder for a point already passed is sent for it.
     */
    private static Inspection successor(Inspection current, Inspection replayed, Instant now) {
        List<Deadline> deadlines = new ArrayList<>();
        for (Deadline deadline : replayed.deadlines()) {
            boolean moved =
                    current.deadline(deadline.id())
                            .map(before -> !before.dueOn().equals(deadline.dueOn()))
                            .orElse(true);
            deadlines.add(moved ? learnedAt(deadline, now) : deadline);
        }
        deadlines.addAll(notFromSteps(current, replayed));
        return new Inspection(
                current.id(),
                current.areaId(),
                current.framework(),
                replayed.stage(),
                current.version() + 1,
                current.notifiedOn(),
                current.startsOn(),
                current.endsOn(),
                replayed.reportReceivedOn(),
                replayed.reportPublishedOn(),
                replayed.outcome(),
                replayed.weaknesses(),
                deadlines,
                replayed.keyDates(),
                replayed.lastEventOn(),
                current.eventCount() + 1,
                current.createdAt(),
                now);
    }

    /**
     * The deadlines no step makes, which a replay of the steps cannot rebuild: a board's reports
     * (docs/boards.md), written by the improvement plan's entries, which the replay skips. They are
     * kept as they stand; if the replayed history closes the inspection, those still outstanding
     * are cancelled, as closing it does.
     */
    private static List<Deadline> notFromSteps(Inspection current, Inspection replayed) {
        List<Deadline> kept = new ArrayList<>();
        for (Deadline deadline : current.deadlines()) {
            if (deadline.kind() == DeadlineKind.BOARD_REPORT
                    && replayed.deadline(deadline.id()).isEmpty()) {
                kept.add(
                        replayed.stage() == Stage.CLOSED && deadline.isOutstanding()
                                ? deadline.cancel()
                                : deadline);
            }
        }
        return kept;
    }

    private static Deadline learnedAt(Deadline deadline, Instant now) {
        if (!deadline.recordedAt().isBefore(now)) {
            return deadline;
        }
        return new Deadline(
                deadline.id(),
                deadline.kind(),
                deadline.dueOn(),
                deadline.computedDueOn(),
                deadline.overrideReason(),
                deadline.metOn(),
                deadline.cancelled(),
                deadline.rule(),
                deadline.source(),
                deadline.owner(),
                deadline.escalateTo(),
                now,
                deadline.setBy(),
                deadline.lateIn(),
                deadline.daysLate());
    }

    private static String summary(
            Amendment amendment, EffectiveHistory.Step step, Inspection before, Inspection after) {
        StringBuilder summary =
                new StringBuilder(FieldReader.capitalise(step.describe()))
                        .append(' ')
                        .append(amendment.kind().done);
        if (amendment.kind() == Amendment.Kind.CORRECTION) {
            List<String> changes = new ArrayList<>();
            amendment
                    .fields()
                    .forEach(
                            (name, value) ->
                                    changes.add(
                                            fieldName(name, before.framework())
                                                    + " "
                                                    + shown(name, step.details().get(name))
                                                    + " → "
                                                    + shown(name, value)));
            summary.append(": ").append(String.join(", ", changes));
        }
        summary.append('.');
        if (before.stage() != after.stage()) {
            summary.append(" Stage now ")
                    .append(after.stage().label())
                    .append(" (was ")
                    .append(before.stage().label())
                    .append(").");
        }
        for (Deadline deadline : after.deadlines()) {
            Optional<Deadline> was = before.deadline(deadline.id());
            if (was.isEmpty()) {
                summary.append(' ')
                        .append(deadline.kind().label())
                        .append(' ')
                        .append(due(deadline))
                        .append(' ')
                        .append(format(deadline.dueOn()))
                        .append('.');
            } else if (!was.get().dueOn().equals(deadline.dueOn())) {
                summary.append(' ')
                        .append(deadline.kind().label())
                        .append(" now ")
                        .append(due(deadline))
                        .append(' ')
                        .append(format(deadline.dueOn()))
                        .append(" (was ")
                        .append(format(was.get().dueOn()))
                        .append(").");
            }
        }
        // what the corrected history no longer has: said, as what it adds and moves is
        for (Deadline was : before.deadlines()) {
            boolean gone = after.deadline(was.id()).map(Deadline::cancelled).orElse(true);
            if (gone && !was.cancelled()) {
                summary.append(' ')
                        .append(was.kind().label())
                        .append(" (")
                        .append(due(was))
                        .append(' ')
                        .append(format(was.dueOn()))
                        .append(") no longer applies.");
            }
        }
        return summary.append(" Reason: ").append(amendment.reason()).toString();
    }

    /** "due" for a date the area meets; "expected" for one others set (a visit, a review). */
    private static String due(Deadline deadline) {
        return deadline.setBy() == DateSetter.COUNCIL ? "due" : "expected";
    }

    /**
     * A corrected field as the summary names it: a 2023 report's {@code weaknesses} are its areas
     * for priority action (docs/domain-rules.md §1.2).
     */
    private static String fieldName(String name, Framework framework) {
        if (name.equals("weaknesses") && framework == Framework.AREA_SEND_2023) {
            return "areas for priority action";
        }
        return FIELD_NAMES.getOrDefault(name, name);
    }

    /** A corrected field's value in words; an outcome as its number, given as a number or text. */
    private static String shown(String name, Object value) {
        if (name.equals("outcome") && (value instanceof Number || value instanceof String)) {
            return String.valueOf(value).strip();
        }
        return shown(value);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? "(none)"
                    : String.join(", ", list.stream().map(Corrections::inWords).toList());
        }
        if (value instanceof Map<?, ?> map) {
            // a visit's statuses or a revisit's judgements, by weakness: "1: On track; 2: Delayed"
            List<String> entries = new ArrayList<>();
            map.forEach((key, entry) -> entries.add(key + ": " + inWords(entry)));
            return entries.isEmpty() ? "(none)" : String.join("; ", entries);
        }
        if (value instanceof String text) {
            return asDate(text).orElse("'" + text + "'");
        }
        return String.valueOf(value);
    }

    /** A text that is an ISO date, as pages write dates ("14 May 2019"). */
    private static Optional<String> asDate(String text) {
        try {
            return Optional.of(format(LocalDate.parse(text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An element of a list or a map: a status by its label, yes or no, a date, the text. */
    private static String inWords(Object value) {
        if (value instanceof String text) {
            for (WeaknessStatus status : WeaknessStatus.values()) {
                if (status.name().equals(text)) {
                    return status.label();
                }
            }
            return asDate(text).orElse(text);
        }
        if ("true".equals(String.valueOf(value)) || "false".equals(String.valueOf(value))) {
            return Boolean.parseBoolean(String.valueOf(value)) ? "yes" : "no";
        }
        return String.valueOf(value);
    }

    /** What the audit entry keeps: the target, the reason, the fields, and what they replaced. */
    private static Map<String, Object> details(Amendment amendment, EffectiveHistory.Step step) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(amendment.kind().targetField, amendment.target());
        details.put("reason", amendment.reason());
        if (amendment.kind() == Amendment.Kind.CORRECTION) {
            details.put("fields", new LinkedHashMap<>(amendment.fields()));
        }
        details.put("originalType", step.type().name());
        details.put("original", new LinkedHashMap<>(step.details()));
        return details;
    }
}
