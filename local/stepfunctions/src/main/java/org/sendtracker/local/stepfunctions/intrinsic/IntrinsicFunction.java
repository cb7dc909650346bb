package org.sendtracker.local.stepfunctions.intrinsic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sendtracker.local.stepfunctions.eval.Scope;
import org.sendtracker.local.stepfunctions.eval.StatesError;

/**
 * The intrinsic functions this engine implements; any other name is refused when the definition is
 * loaded. Each constant quotes the AWS Step Functions developer guide, "Intrinsic functions".
 */
public enum IntrinsicFunction {

    /**
     * "Use the States.Format intrinsic function to construct a string from both literal and
     * interpolated values. This function takes one or more arguments. The value of the first
     * argument must be a string, and may include zero or more instances of the character sequence
     * {}."
     */
    FORMAT("States.Format", 1, Integer.MAX_VALUE) {
        @Override
        JsonNode apply(List<JsonNode> values, List<IntrinsicExpression> arguments, Scope scope) {
            JsonNode template = values.get(0);
            if (!template.isTextual()) {
                throw failure("the template (argument 1) must be a string");
            }
            List<String> pieces = templatePieces(arguments.get(0), template.textValue());
            if (pieces.size() - 1 != values.size() - 1) {
                throw failure(
                        "the template has "
                                + (pieces.size() - 1)
                                + " placeholder(s) but "
                                + (values.size() - 1)
                                + " value(s) were given");
            }
            StringBuilder out = new StringBuilder(pieces.get(0));
            for (int i = 1; i < values.size(); i++) {
                JsonNode value = values.get(i);
                if (value.isContainerNode()) {
                    throw failure(
                            "argument " + (i + 1) + " must be a string, number, boolean or null");
                }
                out.append(value.isTextual() ? value.textValue() : value.toString());
                out.append(pieces.get(i));
            }
            return TextNode.valueOf(out.toString());
        }
    },

    /**
     * "Use the States.StringToJson function to take a reference path to an escaped JSON string."
     */
    STRING_TO_JSON("States.StringToJson", 1, 1) {
        @Override
        JsonNode apply(List<JsonNode> values, List<IntrinsicExpression> arguments, Scope scope) {
            JsonNode text = values.get(0);
            if (!text.isTextual()) {
                throw failure("the argument must be a string");
            }
            try {
                return JSON.readTree(text.textValue());
            } catch (JsonProcessingException e) {
                throw failure("the argument is not valid JSON: " + e.getOriginalMessage());
            }
        }
    },

    /** "Use the States.JsonToString function to convert data to an escaped string." */
    JSON_TO_STRING("States.JsonToString", 1, 1) {
        @Override
        JsonNode apply(List<JsonNode> values, List<IntrinsicExpression> arguments, Scope scope) {
            return TextNode.valueOf(values.get(0).toString());
        }
    },

    /** "The States.Array intrinsic function takes zero or more arguments ... an array". */
    ARRAY("States.Array", 0, Integer.MAX_VALUE) {
        @Override
        JsonNode apply(List<JsonNode> values, List<IntrinsicExpression> arguments, Scope scope) {
            return JsonNodeFactory.instance.arrayNode().addAll(values);
        }
    },

    /**
     * "Use the States.ArrayGetItem intrinsic function to get a specified index's value in an array.
     * This function takes two arguments. The first argument is an array of values and the second
     * argument is the array index of the value to return." An index outside the array fails.
     */
    ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2) {
        @Override
        JsonNode apply(List<JsonNode> values, List<IntrinsicExpression> arguments, Scope scope) {
            JsonNode array = values.get(0);
            if (!array.isArray()) {
                throw failure("argument 1 must be an array, was " + array);
            }
            JsonNode index = values.get(1);
            if (!index.isNumber() || !isIntegral(index.decimalValue()) || index.longValue() < 0) {
                throw failure("argument 2 must be a non-negative integer, was " + index);
            }
            if (index.longValue() >= array.size()) {
                throw failure(
                        "index " + index + " is outside the array of " + array.size() + " item(s)");
            }
            return array.get(index.intValue());
        }
    },

    /**
     * "Use the States.MathAdd intrinsic function to return the sum of two numbers ... You must
     * specify integer values for both the arguments."
     */
    MATH_ADD("States.MathAdd", 2, 2) {
        @Override
        JsonNode apply(List<JsonNode> values, List<IntrinsicExpression> arguments, Scope scope) {
            long sum = 0;
            for (int i = 0; i < 2; i++) {
                JsonNode value = values.get(i);
                if (!value.isNumber() || !isIntegral(value.decimalValue())) {
                    throw failure("argument " + (i + 1) + " must be an integer, was " + value);
                }
                sum += value.longValue();
            }
            return LongNode.valueOf(sum);
        }
    },

    /**
     * "Use the States.UUID intrinsic function to return a version 4 universally unique identifier".
     */
    UUID("States.UUID", 0, 0) {
        @Override
        JsonNode apply(List<JsonNode> values, List<IntrinsicExpression> arguments, Scope scope) {
            return TextNode.valueOf(scope.newUuid());
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String aslName;
    private final int minArguments;
    private final int maxArguments;

    IntrinsicFunction(String aslName, int minArguments, int maxArguments) {
        this.aslName = aslName;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
    }

    abstract JsonNode apply(
            List<JsonNode> values, List<IntrinsicExpression> arguments, Scope scope);

    public String aslName() {
        return aslName;
    }

    public static Optional<IntrinsicFunction> named(String name) {
        return Arrays.stream(values()).filter(f -> f.aslName.equals(name)).findFirst();
    }

    /** Refuses a call whose argument count this function can never accept. */
    void checkArity(int count) {
        if (count < minArguments || count > maxArguments) {
            String expected =
                    minArguments == maxArguments
                            ? String.valueOf(minArguments)
                            : "at least " + minArguments;
            throw new IllegalArgumentException(
                    aslName + " takes " + expected + " argument(s), got " + count);
        }
    }

    StatesError failure(String reason) {
        return StatesError.runtime(aslName + ": " + reason);
    }

    /**
     * Splits a Format template at its {@code {}} placeholders. A literal template keeps its escapes
     * until here, so {@code \{\}} stays text; a template read through a path has none.
     */
    static List<String> templatePieces(IntrinsicExpression templateArgument, String template) {
        String raw =
                templateArgument instanceof IntrinsicExpression.StringLiteral literal
                        ? literal.raw()
                        : template.replace("\\", "\\\\");
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                current.append(raw.charAt(++i));
            } else if (c == '{' && i + 1 < raw.length() && raw.charAt(i + 1) == '}') {
                pieces.add(current.toString());
                current.setLength(0);
                i++;
            } else {
                current.append(c);
            }
        }
        pieces.add(current.toString());
        return pieces;
    }

    private static boolean isIntegral(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
