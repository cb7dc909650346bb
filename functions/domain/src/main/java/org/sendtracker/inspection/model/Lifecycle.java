package org.sendtracker.inspection.model;

import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.Codes;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;
import org.sendtracker.shared.Sentences;

/**
 * A framework's stage machine. {@link #allowed} says which events the inspection accepts now;
 * {@link #decide} checks an event in order — allowed here (else 409, naming those that are),
 * well-formed (else 400 per field), possible given what is on record (else 400) — and returns the
 * next state. Backdated events are normal; impossible ones are refused.
 */
public abstract class Lifecycle {

    public static Lifecycle of(Framework framework) {
        return switch (framework) {
            case LASEND_2016 -> Lasend2016Lifecycle.INSTANCE;
            case AREA_SEND_2023 -> AreaSend2023Lifecycle.INSTANCE;
        };
    }

    /** The events this framework knows, in any stage. */
    public abstract Set<EventType> events();

    /**
     * The events the inspection accepts in its current state (stage and what is still outstanding).
     */
    public final Set<EventType> allowed(Inspection inspection) {
        if (inspection.stage() == Stage.CLOSED) {
            return EnumSet.noneOf(EventType.class);
        }
        Set<EventType> allowed = EnumSet.noneOf(EventType.class);
        allowed.addAll(allowedInStage(inspection));
        if (!inspection.outstandingDeadlines().isEmpty()) {
            allowed.add(EventType.DEADLINE_OVERRIDDEN);
        }
        return allowed;
    }

    protected abstract Set<EventType> allowedInStage(Inspection inspection);

    /**
     * Why the inspection refuses an event of {@code type} now, if it does: a type its framework
     * does not know (400, on {@code type}), or one its current state does not accept (409, naming
     * the events it does accept).
     */
    public final Optional<Rejection> refusal(Inspection inspection, EventType type) {
        if (!events().contains(type)) {
            return Optional.of(unknownType(type.name(), inspection));
        }
        Set<EventType> allowed = allowed(inspection);
        if (!allowed.contains(type)) {
            return Optional.of(
                    new Rejection.NotAllowed(
                            notAllowed(type, inspection, allowed), names(allowed)));
        }
        return Optional.empty();
    }

    /** The refusal of an event type this framework does not know (400, on {@code type}). */
    public final Rejection unknownType(String typeName, Inspection inspection) {
        return Rejection.Invalid.of(
                "type",
                "'"
                        + typeName
                        + "' is not an event of "
                        + inspection.framework().labelWithArticle()
                        + ": send one of "
                        + Codes.inWords(events().stream().sorted().toList(), EventType::label));
    }

    /**
     * Decides a well-formed event: refused if the inspection does not accept it now ({@link
     * #refusal}), or if it is impossible given what is on record (400, per field); else the next
     * state with the audit trail's sentence.
     */
    public final Result<Transition> decide(
            Inspection inspection, LifecycleEvent event, EventContext context) {
        return decide(inspection, event, context, new FieldReader(Map.of()));
    }

    /**
     * Decides an event as {@code read} read it, holding the errors reading found (the event is then
     * incomplete): refused if the inspection does not accept it now ({@link #refusal}); otherwise
     * refused with every error at once — the reading's, the date order's and the checks against
     * what is on record, one pass for the officer — or the next state with the audit trail's
     * sentence. A field keeps its first error: a check against the record adds none to a field (or
     * a part of one) that already has one.
     */
    public final Result<Transition> decide(
            Inspection inspection, LifecycleEvent event, EventContext context, FieldReader read) {
        Optional<Rejection> refused = refusal(inspection, event.type());
        if (refused.isPresent()) {
            return Result.refused(refused.get());
        }
        FieldReader onRecord = new FieldReader(Map.of());
        checkDateOrder(inspection, event, context, onRecord);
        Deadline overridden = null;
        if (event instanceof LifecycleEvent.DeadlineOverridden override) {
            overridden = checkOverride(inspection, override, onRecord);
        } else {
            check(inspection, event, context, read, onRecord);
        }
        for (FieldError error : onRecord.errors()) {
            if (!read.hasErrorAt(error.field())) {
                read.error(error.field(), error.message(), error.formMessage());
            }
        }
        if (read.hasErrors()) {
            return Result.refused(new Rejection.Invalid(read.errors()));
        }
        if (event instanceof LifecycleEvent.DeadlineOverridden override) {
            return Result.ok(overrideDeadline(inspection, overridden, override, context));
        }
        Inspection.Change change =
                inspection.change().happenedOn(event.on()).asOf(event.on(), context.calendar());
        String summary = apply(inspection, event, context, change);
        return Result.ok(
                new Transition(
                        change.recordedAt(context.now()), event, withNote(summary, event.note())));
    }

    /**
     * Checks that need what is on record; adds errors to {@code fields}. The event may be
     * incomplete (a field that could not be read is {@code null}, a list or map lacks the items
     * that could not be read): {@code read} holds what reading found wrong, so a check can stay
     * silent about what it cannot judge.
     */
    protected abstract void check(
            Inspection inspection,
            LifecycleEvent event,
            EventContext context,
            FieldReader read,
            FieldReader fields);

    /** Applies a checked event to {@code change}; returns the audit trail's sentence. */
    protected abstract String apply(
            Inspection inspection,
            LifecycleEvent event,
            EventContext context,
            Inspection.Change change);

    /**
     * The pairs of this lifecycle's date order: each event type that must not be dated before a key
     * date (docs/domain-rules.md §1.4).
     */
    public abstract List<DateOrder> dateOrder();

    /**
     * An event's date must be today or in the past, not before the notification, and not before the
     * key dates the lifecycle's {@link #dateOrder} puts before it. Nothing else orders dates: steps
     * the rules do not chain may be recorded in any order of dates.
     */
    private void checkDateOrder(
            Inspection inspection, LifecycleEvent event, EventContext context, FieldReader fields) {
        LocalDate on = event.on();
        if (on == null) {
            return;
        }
        String label = FieldReader.capitalise(event.type().dateLabel());
        if (on.isAfter(context.today())) {
            fields.error("on", label + " must be today or in the past");
            return;
        }
        if (on.isBefore(inspection.notifiedOn())) {
            fields.error(
                    "on",
                    label
                            + " cannot be before "
                            + format(inspection.notifiedOn())
                            + ", the date of the notification");
            return;
        }
        for (DateOrder order : dateOrder()) {
            LocalDate earlier =
                    order.later() == event.type()
                            ? inspection.keyDates().get(order.earlier())
                            : null;
            if (earlier != null && on.isBefore(earlier)) {
                fields.error(
                        "on",
                        label
                                + " cannot be before "
                                + format(earlier)
                                + ", the date of '"
                                + order.earlier()
                                + "'");
                return;
            }
        }
    }

    /**
     * A deadline as a refused override names it to an API caller, with the id the API takes:
     * "'Board report' due 7 December 2026 (id)".
     */
    private static String named(Deadline deadline) {
        return inWords(deadline) + " (" + deadline.id() + ")";
    }

    /**
     * A deadline as a refused override names it at a form: "'Board report' due 7 December 2026".
     */
    private static String inWords(Deadline deadline) {
        return "'" + deadline.kind().label() + "' due " + format(deadline.dueOn());
    }

    /** The first {@link #MOST_LISTED} of {@code deadlines}, named, then "or N more". */
    private static String listed(List<Deadline> deadlines, Function<Deadline, String> name) {
        List<String> open =
                new ArrayList<>(deadlines.stream().limit(MOST_LISTED).map(name).toList());
        if (deadlines.size() > MOST_LISTED) {
            open.add((deadlines.size() - MOST_LISTED) + " more");
        }
        return Sentences.list(open, "or");
    }

    /** How many open deadlines a refused override lists before "and N more". */
    private static final int MOST_LISTED = 6;

    /**
     * The open deadline an override names, with an error on each of its fields that is wrong; null
     * when the deadline cannot be found.
     */
    private static Deadline checkOverride(
            Inspection inspection, LifecycleEvent.DeadlineOverridden override, FieldReader fields) {
        if (override.deadline() == null) {
            return null;
        }
        Optional<Deadline> named = inspection.deadline(override.deadline());
        Deadline deadline = named.filter(Deadline::isOutstanding).orElse(null);
        if (deadline == null) {
            List<Deadline> outstanding =
                    inspection.outstandingDeadlines().stream()
                            .sorted(Comparator.comparing(Deadline::dueOn))
                            .toList();
            // by kind, due date and id, soonest first: a plan's boards each have a report every
            // month or two, all of one kind, and the id is what the API takes, so its message
            // gives it; a form offered the deadlines by name and date, so its message does too
            fields.error(
                    "deadline",
                    named.map(d -> named(d) + " is no longer open")
                                    .orElse(
                                            "This inspection has no deadline '"
                                                    + override.deadline()
                                                    + "'")
                            + ": choose one of the open deadlines, "
                            + listed(outstanding, Lifecycle::named),
                    named.map(d -> inWords(d) + " is no longer open")
                                    .orElse("This inspection has no such deadline")
                            + ": choose one of the open deadlines, "
                            + listed(outstanding, Lifecycle::inWords));
        }
        if (override.dueOn() == null) {
            return deadline;
        }
        // a due date before the step that set it would be overdue the moment it was set
        Optional<DeadlineOrigin> origin =
                Optional.ofNullable(deadline).flatMap(d -> DeadlineOrigin.of(inspection, d));
        if (override.dueOn().isBefore(inspection.notifiedOn())) {
            fields.error(
                    "dueOn",
                    "The new due date cannot be before the inspection was notified ("
                            + format(inspection.notifiedOn())
                            + ")");
        } else if (origin.isPresent() && override.dueOn().isBefore(origin.get().on())) {
            fields.error(
                    "dueOn",
                    "The new due date cannot be before "
                            + format(origin.get().on())
                            + ", "
                            + origin.get().what());
        } else if (deadline != null && override.dueOn().equals(deadline.dueOn())) {
            fields.error(
                    "dueOn",
                    "The new due date is the same as the current one ("
                            + format(deadline.dueOn())
                            + ")");
        }
        return deadline;
    }

    private static Transition overrideDeadline(
            Inspection inspection,
            Deadline deadline,
            LifecycleEvent.DeadlineOverridden override,
            EventContext context) {
        Inspection next =
                inspection
                        .change()
                        .deadline(
                                deadline.id(),
                                d ->
                                        d.overridden(
                                                override.dueOn(), override.reason(), context.now()))
                        .recordedAt(context.now());
        String summary =
                deadline.kind().label()
                        + " due date changed from "
                        + format(deadline.dueOn())
                        + " to "
                        + format(override.dueOn())
                        + " (computed: "
                        + format(deadline.computedDueOn())
                        + "). Reason: "
                        + override.reason();
        return new Transition(next, override, withNote(summary, override.note()));
    }

    /**
     * Resolves weakness references (number or title) to numbers, with an error for each that does
     * not exist or names a weakness already named (by its number and its title, say).
     */
    protected static <V> Map<Integer, V> resolveWeaknesses(
            Inspection inspection,
            Map<WeaknessRef, V> byReference,
            String field,
            FieldReader fields) {
        Map<Integer, V> resolved = new TreeMap<>();
        byReference.forEach(
                (reference, value) ->
                        inspection
                                .weakness(reference.value())
                                .ifPresentOrElse(
                                        weakness -> {
                                            if (resolved.putIfAbsent(weakness.number(), value)
                                                    != null) {
                                                fields.error(
                                                        field + "." + reference,
                                                        "Area of weakness "
                                                                + weakness.number()
                                                                + " is given more than once");
                                            }
                                        },
                                        () ->
                                                fields.error(
                                                        field + "." + reference,
                                                        "There is no area of weakness '"
                                                                + reference
                                                                + "'; this inspection has "
                                                                + inspection.weaknesses().size())));
        return resolved;
    }

    /** "area of weakness 3", "areas of weakness 3, 4 and 5": numbers as a sentence says them. */
    protected static String weaknessNumbers(List<Integer> numbers) {
        List<String> each = numbers.stream().map(String::valueOf).toList();
        if (each.size() == 1) {
            return "area of weakness " + each.get(0);
        }
        return "areas of weakness " + Sentences.list(each, "and");
    }

    protected static List<Integer> missingWeaknesses(Inspection inspection, Set<Integer> judged) {
        List<Integer> missing = new ArrayList<>();
        for (Weakness weakness : inspection.weaknesses()) {
            if (!judged.contains(weakness.number())) {
                missing.add(weakness.number());
            }
        }
        return missing;
    }

    protected static void addWeaknesses(
            Inspection.Change change, List<String> titles, LocalDate on) {
        for (int i = 0; i < titles.size(); i++) {
            change.addWeakness(Weakness.identified(i + 1, titles.get(i), on));
        }
    }

    protected static String statusesSummary(
            Inspection inspection, Map<Integer, WeaknessStatus> statuses) {
        List<String> parts = new ArrayList<>();
        statuses.forEach(
                (number, status) -> parts.add(number + " " + status.label().toLowerCase()));
        return parts.isEmpty() ? "" : " Statuses: " + String.join(", ", parts) + ".";
    }

    /**
     * Why a step cannot be recorded now, in the names officers see (docs/glossary.md): the step's
     * and the stage's labels and the steps that can be recorded instead, never their codes (the
     * refusal lists those apart, for programs).
     */
    private static String notAllowed(
            EventType type, Inspection inspection, Set<EventType> allowed) {
        String step = "'" + type.label() + "' cannot be recorded";
        if (inspection.stage() == Stage.CLOSED) {
            return step + ": this inspection is closed, so no more steps can be recorded";
        }
        String stage = " at the stage '" + inspection.stage().label() + "'";
        if (allowed.isEmpty()) {
            return step + stage + ": no step can be recorded at this stage";
        }
        List<String> labels = allowed.stream().sorted().map(t -> "'" + t.label() + "'").toList();
        String others =
                labels.size() == 1
                        ? "the step that can be recorded now is " + labels.get(0)
                        : "the steps that can be recorded now are " + Sentences.list(labels, "and");
        return step + stage + ": " + others;
    }

    private static List<String> names(Set<EventType> types) {
        return types.stream().sorted().map(Enum::name).toList();
    }

    private static String withNote(String summary, String note) {
        return note == null ? summary : summary + " Note: " + note;
    }
}
