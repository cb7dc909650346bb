package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.Scope;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.path.JsonPath;

/**
 * {@code InputPath} or {@code OutputPath}. ASL spec, "InputPath, Parameters, ResultSelector,
 * OutputPath": "The default value of InputPath is "$" ... If the value of InputPath is null, that
 * means that the raw input is discarded, and the effective input for the state is an empty JSON
 * object, {}." (and likewise for OutputPath).
 */
record IoPath(String field, JsonPath path) {

    static final IoPath DEFAULT_INPUT_PATH = new IoPath("InputPath", JsonPath.parse("$"));
    static final IoPath DEFAULT_OUTPUT_PATH = new IoPath("OutputPath", JsonPath.parse("$"));

    static IoPath parse(StateFields fields, String field) {
        JsonNode value = fields.get(field);
        if (value == null) {
            return new IoPath(field, JsonPath.parse("$"));
        }
        if (value.isNull()) {
            return new IoPath(field, null);
        }
        return new IoPath(field, fields.optionalPath(field).orElseThrow());
    }

    JsonNode apply(JsonNode value, Scope scope) {
        if (path == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (path.isRoot()) {
            return value;
        }
        return path.select(value, scope.contextObject())
                .orElseThrow(
                        () ->
                                StatesError.runtime(
                                        "Invalid path '"
                                                + path.text()
                                                + "' in "
                                                + field
                                                + ": no results for the path in '"
                                                + value
                                                + "'"));
    }
}
