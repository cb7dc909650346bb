package org.sendtracker.local.stepfunctions.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sendtracker.local.stepfunctions.path.JsonPath;

/**
 * Parses an intrinsic function call such as {@code States.Format('Hi {}', $.name)} once, when the
 * definition is loaded. Unknown function names and malformed calls are refused with an {@link
 * IllegalArgumentException} whose message names the problem.
 *
 * <p>AWS developer guide, "Reserved characters in intrinsic functions": "' { } \ ... must be
 * escaped using \ if you want them to appear in the Value without being interpreted".
 */
public final class IntrinsicParser {

    private final String text;
    private int position;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    public static IntrinsicExpression.Call parse(String text) {
        IntrinsicParser parser = new IntrinsicParser(text.strip());
        IntrinsicExpression.Call call = parser.call();
        parser.skipSpaces();
        if (parser.position != parser.text.length()) {
            throw new IllegalArgumentException(
                    "unexpected text after the closing parenthesis in " + text);
        }
        return call;
    }

    private IntrinsicExpression.Call call() {
        int start = position;
        while (position < text.length() && text.charAt(position) != '(') {
            position++;
        }
        String name = text.substring(start, position).strip();
        if (position == text.length()) {
            throw new IllegalArgumentException("not an intrinsic function call: " + text);
        }
        IntrinsicFunction function =
                IntrinsicFunction.named(name)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "unsupported intrinsic function \"" + name + "\""));
        position++; // '('
        List<IntrinsicExpression> arguments = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            position++;
        } else {
            while (true) {
                arguments.add(argument());
                skipSpaces();
                char next = peek();
                position++;
                if (next == ')') {
                    break;
                }
                if (next != ',') {
                    throw new IllegalArgumentException("expected ',' or ')' in " + text);
                }
            }
        }
        function.checkArity(arguments.size());
        if (function == IntrinsicFunction.FORMAT
                && arguments.get(0) instanceof IntrinsicExpression.StringLiteral literal) {
            int placeholders =
                    IntrinsicFunction.templatePieces(literal, literal.value()).size() - 1;
            if (placeholders != arguments.size() - 1) {
                throw new IllegalArgumentException(
                        "States.Format template has "
                                + placeholders
                                + " placeholder(s) but "
                                + (arguments.size() - 1)
                                + " value(s) are given");
            }
        }
        return new IntrinsicExpression.Call(function, arguments);
    }

    private IntrinsicExpression argument() {
        skipSpaces();
        char c = peek();
        if (c == '\'') {
            return stringLiteral();
        }
        if (c == '$') {
            return new IntrinsicExpression.PathArgument(JsonPath.parse(pathText()));
        }
        if (text.startsWith("States.", position)) {
            return call();
        }
        String token = bareToken();
        switch (token) {
            case "true":
                return new IntrinsicExpression.JsonLiteral(BooleanNode.TRUE);
            case "false":
                return new IntrinsicExpression.JsonLiteral(BooleanNode.FALSE);
            case "null":
                return new IntrinsicExpression.JsonLiteral(NullNode.instance);
            default:
                return new IntrinsicExpression.JsonLiteral(number(token));
        }
    }

    private IntrinsicExpression.StringLiteral stringLiteral() {
        position++; // opening quote
        int start = position;
        while (position < text.length() && text.charAt(position) != '\'') {
            if (text.charAt(position) == '\\') {
                position++;
            }
            position++;
        }
        if (position >= text.length()) {
            throw new IllegalArgumentException("unterminated string literal in " + text);
        }
        String raw = text.substring(start, position);
        position++; // closing quote
        return new IntrinsicExpression.StringLiteral(raw);
    }

    /** A path runs to the next ',' or ')' outside brackets and quotes. */
    private String pathText() {
        int start = position;
        int brackets = 0;
        char quote = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (brackets == 0 && (c == ',' || c == ')')) {
                break;
            }
            position++;
        }
        return text.substring(start, position).strip();
    }

    private String bareToken() {
        int start = position;
        while (position < text.length() && ",) ".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        return text.substring(start, position);
    }

    private static JsonNode number(String token) {
        try {
            BigDecimal value = new BigDecimal(token);
            if (value.scale() <= 0) {
                try {
                    return LongNode.valueOf(value.longValueExact());
                } catch (ArithmeticException tooLarge) {
                    return DecimalNode.valueOf(value);
                }
            }
            return DecimalNode.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "unsupported intrinsic function argument \"" + token + "\"");
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw new IllegalArgumentException("unexpected end of " + text);
        }
        return text.charAt(position);
    }

    private void skipSpaces() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }
}
