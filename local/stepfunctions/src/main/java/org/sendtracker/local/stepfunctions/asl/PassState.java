package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.sendtracker.local.stepfunctions.runtime.ExecutionContext;
import org.sendtracker.local.stepfunctions.runtime.StepResult;

/**
 * ASL spec, "Pass State": "The Pass State (identified by "Type":"Pass") by default passes its input
 * to its output, performing no work. A Pass State MAY have a field named "Result". If present, its
 * value is treated as the output of a virtual task".
 */
public record PassState(String name, InputOutput io, JsonNode result, Transition transition)
        implements State {

    static final Set<String> FIELDS =
            Set.of(
                    "Type",
                    "Comment",
                    "Next",
                    "End",
                    "InputPath",
                    "OutputPath",
                    "Parameters",
                    "ResultPath",
                    "Result");

    static PassState parse(StateFields fields) {
        return new PassState(
                fields.stateName(),
                InputOutput.parse(fields),
                fields.get("Result"),
                Transition.parse(fields));
    }

    @Override
    public List<String> successors() {
        return transition.successors();
    }

    @Override
    public StepResult enter(JsonNode rawInput, ExecutionContext context) {
        JsonNode effectiveInput = io.effectiveInput(rawInput, context);
        JsonNode stateResult = result != null ? result.deepCopy() : effectiveInput;
        return transition.to(io.output(rawInput, stateResult, context));
    }
}
