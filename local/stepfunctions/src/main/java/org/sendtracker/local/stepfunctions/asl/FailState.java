package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.sendtracker.local.stepfunctions.runtime.ExecutionContext;
import org.sendtracker.local.stepfunctions.runtime.StepResult;

/**
 * ASL spec, "Fail State": "The Fail State (identified by "Type":"Fail") terminates the machine and
 * marks it as a failure. A Fail State MAY have a field named "Error" ... and "Cause". ErrorPath and
 * CausePath are not implemented by this engine.
 */
public record FailState(String name, String error, String cause) implements State {

    static final Set<String> FIELDS = Set.of("Type", "Comment", "Error", "Cause");

    static FailState parse(StateFields fields) {
        return new FailState(
                fields.stateName(),
                fields.optionalString("Error").orElse(null),
                fields.optionalString("Cause").orElse(null));
    }

    @Override
    public List<String> successors() {
        return List.of();
    }

    @Override
    public StepResult enter(JsonNode rawInput, ExecutionContext context) {
        return new StepResult.Failed(error, cause);
    }
}
