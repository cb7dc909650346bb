package org.sendtracker.inspection.application;

import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.calendar.England;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * An inspection's officer steps as they now stand (docs/corrections-plan.md): every lifecycle event
 * of the audit trail in the order it was recorded, each with its input as recorded and every later
 * correction of it laid over that input, withdrawn steps left out. The audit trail itself is never
 * rewritten; this is a reading of it.
 */
final class EffectiveHistory {

    /** One step: the audit entry that recorded it and its input as it now stands. */
    record Step(RecordedEvent entry, EventType type, Map<String, Object> details) {

        Step {
            Objects.requireNonNull(entry, "entry == null");
            Objects.requireNonNull(type, "type == null");
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }

        int seq() {
            return entry.seq();
        }

        /**
         * The day the step happened: its {@code on} as it now stands, else its entry's date, else
         * (a due date moved, which gives none) the day it was recorded.
         */
        LocalDate on() {
            return givenOn()
                    .orElseGet(
                            () ->
                                    entry.on() != null
                                            ? entry.on()
                                            : England.dayOf(entry.recordedAt()));
        }

        /** How a message names the step: "entry 5 (WSoA submitted on 28 January 2020)". */
        String describe() {
            String date = givenOn().map(day -> " on " + format(day)).orElse("");
            return "entry " + seq() + " (" + type.label() + date + ")";
        }

        /** The {@code on} its input gives as it now stands, if that is a date. */
        private Optional<LocalDate> givenOn() {
            if (details.get("on") instanceof String text) {
                try {
                    return Optional.of(LocalDate.parse(text.strip()));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /** This step with {@code fields} laid over its input; a {@code null} value removes one. */
        Step with(Map<String, Object> fields) {
            return new Step(entry, type, layOver(details, fields));
        }
    }

    private final List<Step> steps;

    static Map<String, Object> layOver(Map<String, Object> details, Map<String, Object> fields) {
        Map<String, Object> effective = new LinkedHashMap<>(details);
        fields.forEach(
                (name, value) -> {
                    if (value == null) {
                        effective.remove(name);
                    } else {
                        effective.put(name, value);
                    }
                });
        return effective;
    }

    private EffectiveHistory(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Reads the audit trail (oldest first): its steps, corrections and withdrawals. */
    static EffectiveHistory of(List<RecordedEvent> history) {
        List<Step> steps = new ArrayList<>();
        for (RecordedEvent entry : history) {
            Optional<Amendment.Kind> amendment = Amendment.kind(entry.type());
            if (amendment.isPresent()) {
                Optional<Integer> target = entry.details().integer(amendment.get().targetField);
                if (target.isPresent()) {
                    apply(
                            steps,
                            amendment.get(),
                            target.get(),
                            entry.details().object("fields").map(EventInputs::map).orElse(null));
                }
            } else {
                EventType.parse(entry.type())
                        .ifPresent(
                                type ->
                                        steps.add(
                                                new Step(
                                                        entry,
                                                        type,
                                                        EventInputs.map(entry.details()))));
            }
        }
        return new EffectiveHistory(steps);
    }

    private static void apply(List<Step> steps, Amendment.Kind kind, int target, Object fields) {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.seq() == target) {
                if (kind == Amendment.Kind.WITHDRAWAL) {
                    steps.remove(i);
                } else if (fields instanceof Map<?, ?> map) {
                    Map<String, Object> overlay = new LinkedHashMap<>();
                    map.forEach((name, value) -> overlay.put(String.valueOf(name), value));
                    steps.set(i, step.with(overlay));
                }
                return;
            }
        }
    }

    List<Step> steps() {
        return steps;
    }

    Optional<Step> step(int seq) {
        return steps.stream().filter(step -> step.seq() == seq).findFirst();
    }

    /**
     * The steps dated {@code day} or earlier, in the order they were recorded: the date a step
     * gives as it now stands (its {@code on}), else the date its entry was recorded for.
     */
    EffectiveHistory upTo(LocalDate day) {
        return new EffectiveHistory(
                steps.stream().filter(step -> !step.on().isAfter(day)).toList());
    }

    /** These steps with {@code amendment} applied. */
    EffectiveHistory with(Amendment amendment) {
        List<Step> next = new ArrayList<>(steps);
        apply(
                next,
                amendment.kind(),
                amendment.target(),
                amendment.kind() == Amendment.Kind.CORRECTION ? amendment.fields() : null);
        return new EffectiveHistory(next);
    }
}
