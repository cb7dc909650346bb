package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.sendtracker.local.stepfunctions.runtime.ExecutionContext;
import org.sendtracker.local.stepfunctions.runtime.StepResult;

/**
 * ASL spec, "Succeed State": "The Succeed State (identified by "Type":"Succeed") either terminates
 * a state machine successfully ... Because Succeed States are terminal states, they have no "Next"
 * field."
 */
public record SucceedState(String name, InputOutput io) implements State {

    static final Set<String> FIELDS = Set.of("Type", "Comment", "InputPath", "OutputPath");

    static SucceedState parse(StateFields fields) {
        return new SucceedState(fields.stateName(), InputOutput.parse(fields));
    }

    @Override
    public List<String> successors() {
        return List.of();
    }

    @Override
    public StepResult enter(JsonNode rawInput, ExecutionContext context) {
        return new StepResult.Succeeded(io.outputOf(io.afterInputPath(rawInput, context), context));
    }
}
