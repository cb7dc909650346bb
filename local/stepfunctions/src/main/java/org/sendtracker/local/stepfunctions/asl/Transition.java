package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.StepResult;

/**
 * {@code Next} or {@code End}. ASL spec, "Transitions": "All non-terminal states MUST have a Next
 * field ... a state with "End": true is terminal"; exactly one of the two is required.
 */
public record Transition(String next) {

    static Transition parse(StateFields fields) {
        boolean end = fields.optionalBoolean("End").orElse(false);
        if (fields.has("End") && !end) {
            throw fields.problem("field \"End\" may only be true");
        }
        if (end && fields.has("Next")) {
            throw fields.problem("has both \"Next\" and \"End\"");
        }
        if (!end && !fields.has("Next")) {
            throw fields.problem("needs \"Next\" or \"End\": true");
        }
        return new Transition(fields.optionalString("Next").orElse(null));
    }

    public boolean isEnd() {
        return next == null;
    }

    public StepResult to(JsonNode output) {
        return isEnd() ? new StepResult.Succeeded(output) : new StepResult.Next(next, output);
    }

    List<String> successors() {
        return isEnd() ? List.of() : List.of(next);
    }
}
