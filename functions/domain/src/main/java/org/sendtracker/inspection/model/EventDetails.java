package org.sendtracker.inspection.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The input of a recorded event, kept exactly as given ({@link RecordedEvent#details()}): named
 * values as parsed from JSON or a form (text, true/false, numbers, lists, nested objects), in the
 * order given, immutable. Typed getters read one value; {@link #with} lays a correction's fields
 * over them. How they are stored is the infrastructure's business (a JSON object, as given).
 */
public final class EventDetails {

    private static final EventDetails NONE = new EventDetails(new LinkedHashMap<>());

    private final Map<String, Object> values;

    private EventDetails(LinkedHashMap<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static EventDetails none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds details one value at a time, in the order given. */
    public static final class Builder {
        private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code name}; a {@code null} value is kept (a correction uses it to remove one). */
        public Builder put(String name, Object value) {
            values.put(Objects.requireNonNull(name, "name == null"), frozen(value));
            return this;
        }

        public EventDetails build() {
            return values.isEmpty() ? NONE : new EventDetails(new LinkedHashMap<>(values));
        }
    }

    /** The names given, in order. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    /** The value as given (text, Boolean, a number, a list or a nested object's values). */
    public Optional<Object> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Optional<String> text(String name) {
        return values.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** An ISO date ({@code 2019-05-14}) given as text; empty when absent or not a date. */
    public Optional<LocalDate> date(String name) {
        return text(name)
                .flatMap(
                        text -> {
                            try {
                                return Optional.of(LocalDate.parse(text.strip()));
                            } catch (DateTimeParseException e) {
                                return Optional.empty();
                            }
                        });
    }

    /** True or false, given as such or as the text {@code "true"} / {@code "false"}. */
    public Optional<Boolean> bool(String name) {
        Object value = values.get(name);
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Optional.of(Boolean.parseBoolean((String) value));
        }
        return Optional.empty();
    }

    /** A whole number that fits an int. */
    public Optional<Integer> integer(String name) {
        Object value = values.get(name);
        if (value instanceof Integer i) {
            return Optional.of(i);
        }
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return Optional.of(l.intValue());
        }
        return Optional.empty();
    }

    /** A nested object, e.g. a correction's {@code fields}. */
    public Optional<EventDetails> object(String name) {
        if (!(values.get(name) instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Builder nested = builder();
        map.forEach((key, value) -> nested.put(String.valueOf(key), value));
        return Optional.of(nested.build());
    }

    /** These details with {@code fields} laid over them: a field whose value is null is removed. */
    public EventDetails with(EventDetails fields) {
        LinkedHashMap<String, Object> next = new LinkedHashMap<>(values);
        fields.values.forEach(
                (name, value) -> {
                    if (value == null) {
                        next.remove(name);
                    } else {
                        next.put(name, value);
                    }
                });
        return new EventDetails(next);
    }

    /** Each name and its value as given, in order. */
    public void forEach(BiConsumer<String, Object> action) {
        values.forEach(action);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventDetails that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Lists and nested objects copied and made unmodifiable, so no one can change them later. */
    private static Object frozen(Object value) {
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), frozen(item)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(frozen(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
