package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;

/**
 * One element of {@code Catch}. ASL spec, "Fallback states": "Each Catcher MUST contain a field
 * named "ErrorEquals" ... and a field named "Next" ... A Catcher MAY have a "ResultPath" field ...
 * the error output is a JSON object with "Error" and "Cause" fields, placed at ResultPath (default
 * "$") of the state's raw input."
 */
public record Catcher(ErrorEquals errorEquals, String next, ResultPathField resultPath) {

    private static final Set<String> FIELDS =
            Set.of("ErrorEquals", "Next", "ResultPath", "Comment");

    static Catcher parse(String stateName, JsonNode node, boolean last) {
        StateFields fields = new StateFields(stateName, node, FIELDS);
        return new Catcher(
                ErrorEquals.parse(fields, "Catcher", last),
                fields.requiredString("Next"),
                ResultPathField.parse(fields));
    }
}
