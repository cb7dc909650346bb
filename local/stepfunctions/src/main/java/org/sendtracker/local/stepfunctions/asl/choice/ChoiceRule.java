package org.sendtracker.local.stepfunctions.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sendtracker.local.stepfunctions.eval.Scope;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.path.JsonPath;

/**
 * A Boolean expression of a Choice state. ASL spec, "Choice Rules": "A Choice Rule MUST be either a
 * Boolean expression ("And", "Or", "Not") or a Data-test expression (a "Variable" field and one
 * comparison operator)".
 */
public sealed interface ChoiceRule {

    boolean matches(JsonNode input, Scope scope);

    /** {@code "And": [...]}: every rule matches. */
    record And(List<ChoiceRule> rules) implements ChoiceRule {
        @Override
        public boolean matches(JsonNode input, Scope scope) {
            return rules.stream().allMatch(rule -> rule.matches(input, scope));
        }
    }

    /** {@code "Or": [...]}: some rule matches. */
    record Or(List<ChoiceRule> rules) implements ChoiceRule {
        @Override
        public boolean matches(JsonNode input, Scope scope) {
            return rules.stream().anyMatch(rule -> rule.matches(input, scope));
        }
    }

    /** {@code "Not": {...}}. */
    record Not(ChoiceRule rule) implements ChoiceRule {
        @Override
        public boolean matches(JsonNode input, Scope scope) {
            return !rule.matches(input, scope);
        }
    }

    /**
     * {@code "Variable"} with a comparison operator such as {@code NumericLessThanEqualsPath}. ASL
     * spec: "the value of the Variable field ... if it is of a different type than the comparison
     * operator expects, the comparison evaluates to false".
     */
    record Comparison(JsonPath variable, ComparisonOperator operator, Operand operand)
            implements ChoiceRule {
        @Override
        public boolean matches(JsonNode input, Scope scope) {
            JsonNode value = variableValue(variable, input, scope);
            return operator.test(value, operand.value(input, scope));
        }
    }

    /**
     * {@code IsPresent}, {@code IsNull}, {@code IsNumeric}, {@code IsString}, {@code IsBoolean},
     * {@code IsTimestamp}: "Is*" operators test the type of the Variable's value.
     */
    record TypeTest(JsonPath variable, TypeCheck check, boolean expected) implements ChoiceRule {
        @Override
        public boolean matches(JsonNode input, Scope scope) {
            JsonNode value = variable.select(input, scope.contextObject()).orElse(null);
            if (value == null && check != TypeCheck.IS_PRESENT) {
                value =
                        variableValue(
                                variable, input, scope); // throws: only IsPresent tolerates absence
            }
            return check.test(value) == expected;
        }
    }

    /** The literal or {@code ...Path} operand of a comparison. */
    sealed interface Operand {
        JsonNode value(JsonNode input, Scope scope);

        record Literal(JsonNode literal) implements Operand {
            @Override
            public JsonNode value(JsonNode input, Scope scope) {
                return literal;
            }
        }

        record PathOperand(JsonPath path) implements Operand {
            @Override
            public JsonNode value(JsonNode input, Scope scope) {
                return variableValue(path, input, scope);
            }
        }
    }

    private static JsonNode variableValue(JsonPath path, JsonNode input, Scope scope) {
        return path.select(input, scope.contextObject())
                .orElseThrow(
                        () ->
                                StatesError.runtime(
                                        "Invalid path '"
                                                + path.text()
                                                + "': The choice state's condition path references an invalid value."));
    }
}
