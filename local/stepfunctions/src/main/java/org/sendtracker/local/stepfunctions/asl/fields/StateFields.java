package org.sendtracker.local.stepfunctions.asl.fields;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sendtracker.local.stepfunctions.path.JsonPath;
import org.sendtracker.local.stepfunctions.payload.PayloadTemplate;

/**
 * Reads the fields of one state (or one Retrier, Catcher, Choice rule) and refuses, on
 * construction, every field this engine does not implement. Every problem is reported as {@code
 * State "NAME": ...}.
 */
public final class StateFields {

    private final String stateName;
    private final ObjectNode node;

    public StateFields(String stateName, JsonNode node, Set<String> implemented) {
        this.stateName = stateName;
        if (!node.isObject()) {
            throw new InvalidDefinitionException(prefix(stateName) + "must be a JSON object");
        }
        this.node = (ObjectNode) node;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String field = names.next();
            if (!implemented.contains(field)) {
                throw problem("unsupported field \"" + field + "\"");
            }
        }
    }

    private static String prefix(String stateName) {
        return "State \"" + stateName + "\": ";
    }

    public String stateName() {
        return stateName;
    }

    public InvalidDefinitionException problem(String message) {
        return new InvalidDefinitionException(prefix(stateName) + message);
    }

    public boolean has(String field) {
        return node.has(field);
    }

    /** The raw value, or {@code null} when absent. */
    public JsonNode get(String field) {
        return node.get(field);
    }

    public String requiredString(String field) {
        return optionalString(field)
                .orElseThrow(() -> problem("missing required field \"" + field + "\""));
    }

    public Optional<String> optionalString(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw problem("field \"" + field + "\" must be a string");
        }
        return Optional.of(value.textValue());
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw problem("field \"" + field + "\" must be a boolean");
        }
        return Optional.of(value.booleanValue());
    }

    public Optional<Long> optionalInteger(String field, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || value.longValue() < min || value.longValue() > max) {
            throw problem("field \"" + field + "\" must be an integer from " + min + " to " + max);
        }
        return Optional.of(value.longValue());
    }

    public Optional<Double> optionalNumber(String field, double min) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber() || value.doubleValue() < min) {
            throw problem("field \"" + field + "\" must be a number of at least " + min);
        }
        return Optional.of(value.doubleValue());
    }

    public Optional<JsonPath> optionalPath(String field) {
        return optionalString(field).map(text -> parse(field, text, JsonPath::parse));
    }

    public Optional<PayloadTemplate> optionalTemplate(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw problem("field \"" + field + "\" must be a JSON object");
        }
        return Optional.of(parse(field, value, PayloadTemplate::compile));
    }

    /** Applies a parser, turning its {@link IllegalArgumentException} into a named problem. */
    public <T, R> R parse(String field, T value, Function<T, R> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            String shown = value instanceof String ? "\"" + value + "\" " : "";
            throw problem(
                    "field \"" + field + "\" " + shown + "is not supported: " + e.getMessage());
        }
    }
}
