package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ErrorNames;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.path.ReferencePath;

/**
 * {@code ResultPath} (of a state or a Catcher). ASL spec, "ResultPath": "If ResultPath is not
 * specified ... the default value is "$" ... If the value of ResultPath is null, that means that
 * the state's result is discarded and its raw input becomes its result."
 */
public record ResultPathField(ReferencePath path) {

    /** The default: the result replaces the raw input. */
    static final ResultPathField DEFAULT = new ResultPathField(ReferencePath.parse("$"));

    static ResultPathField parse(StateFields fields) {
        JsonNode value = fields.get("ResultPath");
        if (value == null) {
            return DEFAULT;
        }
        if (value.isNull()) {
            return new ResultPathField(null);
        }
        String text = fields.optionalString("ResultPath").orElseThrow();
        return new ResultPathField(fields.parse("ResultPath", text, ReferencePath::parse));
    }

    /**
     * Combines the raw input and the result.
     *
     * @throws StatesError {@code States.ResultPathMatchFailure} when the raw input cannot hold the
     *     result at this path
     */
    public JsonNode apply(JsonNode rawInput, JsonNode result) {
        if (path == null) {
            return rawInput;
        }
        return path.write(rawInput, result)
                .orElseThrow(
                        () ->
                                new StatesError(
                                        ErrorNames.RESULT_PATH_MATCH_FAILURE,
                                        "Unable to apply ResultPath '"
                                                + path.text()
                                                + "' to input '"
                                                + rawInput
                                                + "'"));
    }
}
