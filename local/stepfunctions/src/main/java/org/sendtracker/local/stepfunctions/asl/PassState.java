package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;

/**
 * ASL spec, "Pass State": "The Pass State (identified by "Type":"Pass") by default passes its input
 * to its output, performing no work. A Pass State MAY have a field named "Result". If present, its
 * value is treated as the output of a virtual task".
 */
public record PassState(String name, InputOutput io, JsonNode result, Transition transition)
        implements SimpleState {

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

    /** The Result field, or else the effective input. */
    @Override
    public InputOutput.Outcome body(InputOutput.StateInput input, ExecutionContext context) {
        JsonNode stateResult = result != null ? result.deepCopy() : input.effective();
        return new InputOutput.Outcome.Result(stateResult, transition::to);
    }
}
