package org.sendtracker.local.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a demo inspection, as an officer would post it: its type, the day it happened and
 * its fields. A step the public record does not give exactly is marked illustrative, with a note
 * saying what the record does show, so the inspection page tags it.
 */
final class Step {

    private final String type;
    private final LocalDate on;
    private final Map<String, Object> input = new LinkedHashMap<>();

    private Step(String type, LocalDate on) {
        this.type = Objects.requireNonNull(type, "type == null");
        this.on = Objects.requireNonNull(on, "on == null");
        input.put("type", type);
        input.put("on", on.toString());
    }

    static Step of(String type, LocalDate on) {
        return new Step(type, on);
    }

    static Step of(String type, String on) {
        return new Step(type, LocalDate.parse(on));
    }

    Step with(String field, Object value) {
        input.put(field, value instanceof LocalDate date ? date.toString() : value);
        return this;
    }

    /** What the public record says about this step, and where it says it. */
    Step source(String note) {
        return with("note", note);
    }

    /** The step is an example: {@code note} says what is known and what is not. */
    Step illustrative(String note) {
        return with("illustrative", true).with("note", note);
    }

    String type() {
        return type;
    }

    LocalDate on() {
        return on;
    }

    /** "TYPE yyyy-MM-dd": how the loader knows the step is already in an inspection's history. */
    String key() {
        return type + " " + on;
    }

    Map<String, Object> input() {
        return input;
    }
}
