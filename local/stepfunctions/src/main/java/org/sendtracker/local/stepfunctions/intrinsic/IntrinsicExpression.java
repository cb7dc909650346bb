package org.sendtracker.local.stepfunctions.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import org.sendtracker.local.stepfunctions.eval.Scope;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.path.JsonPath;

/**
 * A parsed intrinsic function call or one of its arguments.
 *
 * <p>ASL spec, "Intrinsic Functions": "Intrinsic Functions ... can be used in Payload Templates ...
 * Each intrinsic function argument must be a JSON string literal, number, boolean, null, a Path, or
 * another Intrinsic Function".
 */
public sealed interface IntrinsicExpression {

    /** Evaluates against the given input and scope; failures are {@code States.Runtime}. */
    JsonNode evaluate(JsonNode input, Scope scope);

    /** A single-quoted string literal, kept raw so {@code States.Format} can tell {@code \{} from {@code {}}. */
    record StringLiteral(String raw) implements IntrinsicExpression {
        /** The literal with its escapes ({@code \' \{ \} \\}) resolved. */
        public String value() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '\\' && i + 1 < raw.length()) {
                    out.append(raw.charAt(++i));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        @Override
        public JsonNode evaluate(JsonNode input, Scope scope) {
            return TextNode.valueOf(value());
        }
    }

    /** A number, {@code true}, {@code false} or {@code null}. */
    record JsonLiteral(JsonNode value) implements IntrinsicExpression {
        @Override
        public JsonNode evaluate(JsonNode input, Scope scope) {
            return value;
        }
    }

    /** A path argument such as {@code $.name} or {@code $$.Execution.Id}. */
    record PathArgument(JsonPath path) implements IntrinsicExpression {
        @Override
        public JsonNode evaluate(JsonNode input, Scope scope) {
            return path.select(input, scope.contextObject())
                    .orElseThrow(
                            () ->
                                    StatesError.runtime(
                                            "The JsonPath argument '"
                                                    + path.text()
                                                    + "' of an intrinsic function could"
                                                    + " not be found in the input"));
        }
    }

    /** {@code States.Xxx(arg, ...)}. */
    record Call(IntrinsicFunction function, List<IntrinsicExpression> arguments)
            implements IntrinsicExpression {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public JsonNode evaluate(JsonNode input, Scope scope) {
            List<JsonNode> values = new ArrayList<>(arguments.size());
            for (IntrinsicExpression argument : arguments) {
                values.add(argument.evaluate(input, scope));
            }
            return function.apply(values, arguments, scope);
        }
    }
}
