package org.sendtracker.local.stepfunctions.asl;

import java.util.List;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StepResult;

/**
 * ASL spec, "Fail State": "The Fail State (identified by "Type":"Fail") terminates the machine and
 * marks it as a failure. A Fail State MAY have a field named "Error" ... and "Cause". ErrorPath and
 * CausePath are not implemented by this engine.
 */
public record FailState(String name, String error, String cause) implements SimpleState {

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

    /** A Fail state declares no input or output processing. */
    @Override
    public InputOutput io() {
        return InputOutput.NONE;
    }

    /** Fails the execution with the state's Error and Cause. */
    @Override
    public InputOutput.Outcome body(InputOutput.StateInput input, ExecutionContext context) {
        return new InputOutput.Outcome.Finished(new StepResult.Failed(error, cause));
    }
}
