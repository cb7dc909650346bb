package org.sendtracker.inspection.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * Which entries of an audit trail an officer can still correct or withdraw, and their dates as they
 * now stand (docs/corrections-plan.md): for the pages' "Change" and "Withdraw" links and forms.
 */
public final class StepsOnRecord {

    /** The date fields a step may carry, in the order a form asks for them. */
    private static final List<String> DATE_FIELDS =
            List.of("on", "publishedOn", "startsOn", "resubmitBy", "appDueOn", "dueOn");

    private final EffectiveHistory history;
    private final List<RecordedEvent> trail;

    /** Each corrected entry's corrections, oldest first, by the entry's number. */
    private final Map<Integer, List<RecordedEvent>> corrections = new HashMap<>();

    private StepsOnRecord(List<RecordedEvent> trail) {
        this.trail = List.copyOf(trail);
        this.history = EffectiveHistory.of(trail);
        for (RecordedEvent entry : this.trail) {
            if (Amendment.kind(entry.type()).orElse(null) == Amendment.Kind.CORRECTION) {
                entry.details()
                        .integer(Amendment.Kind.CORRECTION.targetField)
                        .ifPresent(
                                target ->
                                        corrections
                                                .computeIfAbsent(target, t -> new ArrayList<>())
                                                .add(entry));
            }
        }
    }

    /** Reads the audit trail, oldest first. */
    public static StepsOnRecord of(List<RecordedEvent> trail) {
        return new StepsOnRecord(trail);
    }

    /**
     * Whether entry {@code seq} is an officer's step that stands (neither withdrawn nor system).
     */
    public boolean standing(int seq) {
        return history.step(seq).isPresent();
    }

    /** Whether entry {@code seq} is an officer's step that was withdrawn. */
    public boolean withdrawn(int seq) {
        return !standing(seq)
                && trail.stream()
                        .anyMatch(e -> e.seq() == seq && EventType.parse(e.type()).isPresent());
    }

    /**
     * The entries that corrected entry {@code seq}, oldest first: none for a step never corrected
     * (or an entry that is not a step).
     */
    public List<RecordedEvent> corrections(int seq) {
        return List.copyOf(corrections.getOrDefault(seq, List.of()));
    }

    /**
     * How a page titles an entry that corrects or withdraws another ("Correction", "Withdrawal");
     * empty for any other entry.
     */
    public static Optional<String> amendmentTitle(String type) {
        return Amendment.kind(type)
                .map(kind -> kind == Amendment.Kind.CORRECTION ? "Correction" : "Withdrawal");
    }

    public Optional<EventType> type(int seq) {
        return history.step(seq).map(EffectiveHistory.Step::type);
    }

    /** How pages name the step: "entry 5 (WSoA submitted on 28 January 2020)". */
    public Optional<String> describe(int seq) {
        return history.step(seq).map(EffectiveHistory.Step::describe);
    }

    /**
     * The step's date fields that a correction may set: those it holds as it now stands (e.g.
     * {@code on} and {@code publishedOn}) and those its type may be recorded without ({@link
     * #optionalDate}), in the order a form asks for them.
     */
    public List<String> dateFields(int seq) {
        List<String> names = new ArrayList<>();
        history.step(seq)
                .ifPresent(
                        step -> {
                            List<String> optional = EventReader.optionalDates(step.type());
                            for (String name : DATE_FIELDS) {
                                if (date(step, name).isPresent() || optional.contains(name)) {
                                    names.add(name);
                                }
                            }
                        });
        return names;
    }

    /**
     * Whether the step's type may go without date {@code field}: a correction may give it when it
     * was not known, or remove it (as {@code null}) when it was recorded by mistake.
     */
    public boolean optionalDate(int seq, String field) {
        return history.step(seq)
                .map(step -> EventReader.optionalDates(step.type()).contains(field))
                .orElse(false);
    }

    /**
     * A 2023 report's outcome as the step now holds it ({@code "3"}, whether it was given as a
     * number or as text); empty for a step without one.
     */
    public Optional<String> outcome(int seq) {
        return history.step(seq)
                .map(step -> step.details().get("outcome"))
                .filter(value -> value instanceof Number || value instanceof String)
                .map(value -> String.valueOf(value).strip())
                .filter(text -> !text.isEmpty());
    }

    /**
     * The step's areas (a report's areas of weakness, or for priority action) as it now holds them,
     * in order; none for a step without them.
     */
    public List<String> weaknesses(int seq) {
        return history.step(seq)
                .map(step -> step.details().get("weaknesses"))
                .filter(List.class::isInstance)
                .map(
                        list ->
                                ((List<?>) list)
                                        .stream()
                                                .filter(String.class::isInstance)
                                                .map(title -> ((String) title).strip())
                                                .toList())
                .orElse(List.of());
    }

    /** A date field of the step as it now stands. */
    public Optional<LocalDate> date(int seq, String field) {
        return history.step(seq).flatMap(step -> date(step, field));
    }

    private static Optional<LocalDate> date(EffectiveHistory.Step step, String field) {
        if (step.details().get(field) instanceof String text) {
            try {
                return Optional.of(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
