package org.sendtracker.local.stepfunctions.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.sendtracker.local.stepfunctions.eval.Timestamps;

/**
 * A data-test operator such as {@code NumericGreaterThanEquals}: a value kind and a relation. The
 * {@code ...Path} form of each operator takes its operand from the input instead of a literal.
 */
public record ComparisonOperator(ValueKind kind, Relation relation) {

    /** The types of value that comparison operators compare. */
    public enum ValueKind {
        STRING("String"),
        NUMERIC("Numeric"),
        BOOLEAN("Boolean"),
        TIMESTAMP("Timestamp");

        final String prefix;

        ValueKind(String prefix) {
            this.prefix = prefix;
        }

        boolean accepts(JsonNode value) {
            return switch (this) {
                case STRING -> value.isTextual();
                case NUMERIC -> value.isNumber();
                case BOOLEAN -> value.isBoolean();
                case TIMESTAMP ->
                        value.isTextual() && Timestamps.parse(value.textValue()).isPresent();
            };
        }

        int compare(JsonNode left, JsonNode right) {
            return switch (this) {
                case STRING -> Integer.signum(left.textValue().compareTo(right.textValue()));
                case NUMERIC -> left.decimalValue().compareTo(right.decimalValue());
                case BOOLEAN -> Boolean.compare(left.booleanValue(), right.booleanValue());
                case TIMESTAMP -> instant(left).compareTo(instant(right));
            };
        }

        private static Instant instant(JsonNode value) {
            return Timestamps.parse(value.textValue()).orElseThrow();
        }
    }

    /** How the Variable's value must relate to the operand. */
    public enum Relation {
        EQUALS("Equals"),
        LESS_THAN("LessThan"),
        GREATER_THAN("GreaterThan"),
        LESS_THAN_EQUALS("LessThanEquals"),
        GREATER_THAN_EQUALS("GreaterThanEquals");

        final String suffix;

        Relation(String suffix) {
            this.suffix = suffix;
        }

        boolean holds(int comparison) {
            return switch (this) {
                case EQUALS -> comparison == 0;
                case LESS_THAN -> comparison < 0;
                case GREATER_THAN -> comparison > 0;
                case LESS_THAN_EQUALS -> comparison <= 0;
                case GREATER_THAN_EQUALS -> comparison >= 0;
            };
        }
    }

    /**
     * The operator an ASL field names, e.g. {@code StringEquals} or {@code NumericLessThanPath}.
     */
    static Optional<ComparisonOperator> named(String field) {
        String name = field.endsWith("Path") ? field.substring(0, field.length() - 4) : field;
        for (ValueKind kind : ValueKind.values()) {
            for (Relation relation : Relation.values()) {
                if (name.equals(kind.prefix + relation.suffix)
                        && (kind != ValueKind.BOOLEAN || relation == Relation.EQUALS)) {
                    return Optional.of(new ComparisonOperator(kind, relation));
                }
            }
        }
        return Optional.empty();
    }

    /** ASL spec: a value of another type than the operator expects makes the comparison false. */
    boolean test(JsonNode value, JsonNode operand) {
        return kind.accepts(value)
                && kind.accepts(operand)
                && relation.holds(kind.compare(value, operand));
    }
}
