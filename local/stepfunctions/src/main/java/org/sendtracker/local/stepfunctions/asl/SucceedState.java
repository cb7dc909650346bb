package org.sendtracker.local.stepfunctions.asl;

import java.util.List;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StepResult;

/**
 * ASL spec, "Succeed State": "The Succeed State (identified by "Type":"Succeed") either terminates
 * a state machine successfully ... Because Succeed States are terminal states, they have no "Next"
 * field."
 */
public record SucceedState(String name, InputOutput io) implements SimpleState {

    static final Set<String> FIELDS = Set.of("Type", "Comment", "InputPath", "OutputPath");

    static SucceedState parse(StateFields fields) {
        return new SucceedState(fields.stateName(), InputOutput.parse(fields));
    }

    @Override
    public List<String> successors() {
        return List.of();
    }

    /** Ends the execution with the effective input. */
    @Override
    public InputOutput.Outcome body(InputOutput.StateInput input, ExecutionContext context) {
        return new InputOutput.Outcome.Result(input.effective(), StepResult.Succeeded::new);
    }
}
