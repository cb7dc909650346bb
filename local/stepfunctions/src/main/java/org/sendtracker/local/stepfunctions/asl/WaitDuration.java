package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.Scope;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.eval.Timestamps;
import org.sendtracker.local.stepfunctions.path.JsonPath;

/**
 * How long a Wait state waits. ASL spec, "Wait State": "The wait duration does not need to be
 * hardcoded and may also be a Reference Path to the effective input such that "Seconds" or
 * "Timestamp" can be set dynamically ... A Wait State MUST contain exactly one of "Seconds",
 * "SecondsPath", "Timestamp", or "TimestampPath"."
 */
sealed interface WaitDuration {

    /** When the wait ends, for an execution entering the state at {@code enteredAt}. */
    Instant until(Instant enteredAt, JsonNode effectiveInput, Scope scope);

    static WaitDuration parse(StateFields fields) {
        int given = 0;
        for (String field : new String[] {"Seconds", "SecondsPath", "Timestamp", "TimestampPath"}) {
            given += fields.has(field) ? 1 : 0;
        }
        if (given != 1) {
            throw fields.problem(
                    "needs exactly one of \"Seconds\", \"SecondsPath\", \"Timestamp\", \"TimestampPath\"");
        }
        if (fields.has("Seconds")) {
            return new Seconds(fields.optionalInteger("Seconds", 0, 99_999_999).orElseThrow());
        }
        if (fields.has("Timestamp")) {
            String text = fields.optionalString("Timestamp").orElseThrow();
            return new Timestamp(
                    Timestamps.parse(text)
                            .orElseThrow(
                                    () ->
                                            fields.problem(
                                                    "field \"Timestamp\" is not an RFC 3339 timestamp: "
                                                            + text)));
        }
        if (fields.has("SecondsPath")) {
            return new SecondsPath(fields.optionalPath("SecondsPath").orElseThrow());
        }
        return new TimestampPath(fields.optionalPath("TimestampPath").orElseThrow());
    }

    record Seconds(long seconds) implements WaitDuration {
        @Override
        public Instant until(Instant enteredAt, JsonNode effectiveInput, Scope scope) {
            return enteredAt.plusSeconds(seconds);
        }
    }

    record Timestamp(Instant timestamp) implements WaitDuration {
        @Override
        public Instant until(Instant enteredAt, JsonNode effectiveInput, Scope scope) {
            return timestamp;
        }
    }

    record SecondsPath(JsonPath path) implements WaitDuration {
        @Override
        public Instant until(Instant enteredAt, JsonNode effectiveInput, Scope scope) {
            JsonNode value = select(path, "SecondsPath", effectiveInput, scope);
            if (!value.isIntegralNumber() || value.longValue() < 0) {
                throw StatesError.runtime(
                        "SecondsPath '"
                                + path.text()
                                + "' must select a non-negative integer, was "
                                + value);
            }
            return enteredAt.plusSeconds(value.longValue());
        }
    }

    record TimestampPath(JsonPath path) implements WaitDuration {
        @Override
        public Instant until(Instant enteredAt, JsonNode effectiveInput, Scope scope) {
            JsonNode value = select(path, "TimestampPath", effectiveInput, scope);
            Optional<Instant> timestamp =
                    value.isTextual() ? Timestamps.parse(value.textValue()) : Optional.empty();
            return timestamp.orElseThrow(
                    () ->
                            StatesError.runtime(
                                    "TimestampPath '"
                                            + path.text()
                                            + "' must select an RFC 3339 timestamp, was "
                                            + value));
        }
    }

    private static JsonNode select(JsonPath path, String field, JsonNode input, Scope scope) {
        return path.select(input, scope.contextObject())
                .orElseThrow(
                        () ->
                                StatesError.runtime(
                                        "Invalid path '"
                                                + path.text()
                                                + "' in "
                                                + field
                                                + ": no results in '"
                                                + input
                                                + "'"));
    }
}
