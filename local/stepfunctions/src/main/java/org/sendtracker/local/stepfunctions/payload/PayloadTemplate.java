package org.sendtracker.local.stepfunctions.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.local.stepfunctions.eval.Scope;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.intrinsic.IntrinsicExpression;
import org.sendtracker.local.stepfunctions.intrinsic.IntrinsicParser;
import org.sendtracker.local.stepfunctions.path.JsonPath;

/**
 * A compiled Payload Template ({@code Parameters}, {@code ResultSelector}, {@code Result} is not
 * one).
 *
 * <p>ASL spec, "Payload Template": "A JSON object ... the value of a field whose name ends in ".$"
 * must be a Path or an Intrinsic Function ... the field name without the ".$" suffix is used, and
 * the value is the result of applying the path or function". Templates nested inside objects and
 * arrays are processed too.
 */
public sealed interface PayloadTemplate {

    /** Builds the payload from {@code input} ({@code $}) and the scope ({@code $$}). */
    JsonNode resolve(JsonNode input, Scope scope);

    /**
     * Compiles {@code template}; throws {@link IllegalArgumentException} naming the offending field
     * when a {@code .$} value is not a supported path or intrinsic function.
     */
    static PayloadTemplate compile(JsonNode template) {
        if (template.isObject()) {
            Map<String, PayloadTemplate> fields = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = template.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String key = entry.getKey();
                if (key.endsWith(".$")) {
                    fields.put(
                            key.substring(0, key.length() - 2),
                            dynamicField(key, entry.getValue()));
                } else {
                    fields.put(key, compile(entry.getValue()));
                }
            }
            return new ObjectTemplate(fields);
        }
        if (template.isArray()) {
            List<PayloadTemplate> items = new ArrayList<>();
            template.forEach(item -> items.add(compile(item)));
            return new ArrayTemplate(items);
        }
        return new Constant(template);
    }

    private static PayloadTemplate dynamicField(String key, JsonNode value) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException(
                    "field \""
                            + key
                            + "\" must be a string holding a path or an intrinsic function");
        }
        String text = value.textValue();
        try {
            return text.startsWith("$")
                    ? new PathField(key, JsonPath.parse(text))
                    : new IntrinsicField(key, IntrinsicParser.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "field \""
                            + key
                            + "\" has an unsupported value \""
                            + text
                            + "\": "
                            + e.getMessage(),
                    e);
        }
    }

    /** A value without any {@code .$} inside. */
    record Constant(JsonNode value) implements PayloadTemplate {
        @Override
        public JsonNode resolve(JsonNode input, Scope scope) {
            return value.deepCopy();
        }
    }

    /** An object whose fields are templates. */
    record ObjectTemplate(Map<String, PayloadTemplate> fields) implements PayloadTemplate {
        @Override
        public JsonNode resolve(JsonNode input, Scope scope) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            fields.forEach((name, template) -> out.set(name, template.resolve(input, scope)));
            return out;
        }
    }

    /** An array whose items are templates. */
    record ArrayTemplate(List<PayloadTemplate> items) implements PayloadTemplate {
        @Override
        public JsonNode resolve(JsonNode input, Scope scope) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            items.forEach(item -> out.add(item.resolve(input, scope)));
            return out;
        }
    }

    /** {@code "name.$": "$.path"}. */
    record PathField(String key, JsonPath path) implements PayloadTemplate {
        @Override
        public JsonNode resolve(JsonNode input, Scope scope) {
            return path.select(input, scope.contextObject())
                    .<JsonNode>map(node -> node.deepCopy())
                    .orElseThrow(
                            () ->
                                    StatesError.runtime(
                                            "The JSONPath '"
                                                    + path.text()
                                                    + "' specified for the field '"
                                                    + key
                                                    + "' could not be found in the input '"
                                                    + (path.isContextPath()
                                                            ? scope.contextObject()
                                                            : input)
                                                    + "'"));
        }
    }

    /** {@code "name.$": "States.Format(...)"}. */
    record IntrinsicField(String key, IntrinsicExpression.Call call) implements PayloadTemplate {
        @Override
        public JsonNode resolve(JsonNode input, Scope scope) {
            return call.evaluate(input, scope).deepCopy();
        }
    }
}
