package org.sendtracker.inspection.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * An officer's correction or withdrawal of a recorded step, as read from the request
 * (docs/corrections-plan.md): {@code {"type":"CORRECTION","corrects":<seq>,"reason":"…",
 * "fields":{…}}} or {@code {"type":"WITHDRAWAL","withdraws":<seq>,"reason":"…"}}. For a correction
 * {@code fields} are laid over the step's input as it stands ({@link EffectiveHistory}); a field
 * given as {@code null} is removed. A withdrawal has no fields.
 */
record Amendment(Kind kind, int target, String reason, Map<String, Object> fields) {

    static final int MAX_REASON = 500;

    enum Kind {
        CORRECTION("corrects", "Correcting", "corrected"),
        WITHDRAWAL("withdraws", "Withdrawing", "withdrawn");

        final String targetField;
        final String doing;
        final String done;

        Kind(String targetField, String doing, String done) {
            this.targetField = targetField;
            this.doing = doing;
            this.done = done;
        }
    }

    Amendment {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(reason, "reason == null");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * This correction less the fields that already stand as given ({@code standing}: the step's
     * input as it stands), so that only what changes is recorded and summarised: a form sends every
     * date it shows, changed or not.
     */
    Amendment changing(Map<String, Object> standing) {
        Map<String, Object> changed = new LinkedHashMap<>();
        fields.forEach(
                (name, value) -> {
                    boolean stands =
                            value == null
                                    ? !standing.containsKey(name)
                                    : value.equals(standing.get(name));
                    if (!stands) {
                        changed.put(name, value);
                    }
                });
        return new Amendment(kind, target, reason, changed);
    }

    /** The kind a request's type names, if it names one. */
    static Optional<Kind> kind(String type) {
        for (Kind kind : Kind.values()) {
            if (kind.name().equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Reads the request's fields (its type already known): 400 per field when malformed. */
    static Result<Amendment> read(Kind kind, Map<String, ?> input) {
        FieldReader reader = new FieldReader(input);
        Set<String> known =
                kind == Kind.CORRECTION
                        ? Set.of(kind.targetField, "reason", "fields")
                        : Set.of(kind.targetField, "reason");
        reader.onlyFields(known);
        Integer target =
                reader.integer(
                        kind.targetField,
                        "the number of the entry to be " + kind.done,
                        1,
                        Integer.MAX_VALUE,
                        true);
        String reason =
                reader.multiLineText(
                        "reason",
                        "the reason for the " + kind.name().toLowerCase(),
                        MAX_REASON,
                        true);
        Map<String, Object> fields = Map.of();
        if (kind == Kind.CORRECTION) {
            Object given = input.get("fields");
            if (given instanceof Map<?, ?> map && !map.isEmpty()) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach(
                        (name, value) -> {
                            String field = String.valueOf(name);
                            if (value instanceof String text && text.isBlank()) {
                                // blank reads as "not given" to a step's reader, which would
                                // remove the field without saying so
                                reader.error(
                                        "fields." + field,
                                        "Give a value, or null to remove the field");
                            } else {
                                // kept as it will be read: a date with a space around it is
                                // the date
                                copy.put(
                                        field, value instanceof String text ? text.strip() : value);
                            }
                        });
                fields = copy;
            } else if (given == null || given instanceof Map<?, ?>) {
                reader.error("fields", "Enter at least one corrected field");
            } else {
                reader.error(
                        "fields",
                        "The corrected fields must be an object of field names and values, for example {\"on\": \"2019-05-16\"}");
            }
        }
        if (reader.hasErrors()) {
            return Result.refused(new Rejection.Invalid(reader.errors()));
        }
        return Result.ok(new Amendment(kind, target, reason, fields));
    }
}
