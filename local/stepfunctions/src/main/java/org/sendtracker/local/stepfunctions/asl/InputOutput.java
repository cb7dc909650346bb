package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.sendtracker.local.stepfunctions.payload.PayloadTemplate;
import org.sendtracker.local.stepfunctions.payload.Scope;

/**
 * The input and output processing of a state, written once for every state type.
 *
 * <p>ASL spec, "Input and Output Processing": the raw input goes through InputPath, then
 * Parameters, giving the effective input; the state's result goes through ResultSelector, then
 * ResultPath (which merges it into the raw input), then OutputPath, giving the state output. A
 * state type that does not allow a field never has it here: {@link StateFields} refused it.
 */
public record InputOutput(
        IoPath inputPath,
        Optional<PayloadTemplate> parameters,
        Optional<PayloadTemplate> resultSelector,
        ResultPathField resultPath,
        IoPath outputPath) {

    static InputOutput parse(StateFields fields) {
        return new InputOutput(
                IoPath.parse(fields, "InputPath"),
                fields.optionalTemplate("Parameters"),
                fields.optionalTemplate("ResultSelector"),
                ResultPathField.parse(fields),
                IoPath.parse(fields, "OutputPath"));
    }

    /** The raw input after InputPath. */
    public JsonNode afterInputPath(JsonNode rawInput, Scope scope) {
        return inputPath.apply(rawInput, scope);
    }

    /** The effective input: InputPath, then Parameters. */
    public JsonNode effectiveInput(JsonNode rawInput, Scope scope) {
        JsonNode afterInputPath = afterInputPath(rawInput, scope);
        return parameters.map(p -> p.resolve(afterInputPath, scope)).orElse(afterInputPath);
    }

    /** The state output: ResultSelector, then ResultPath, then OutputPath. */
    public JsonNode output(JsonNode rawInput, JsonNode result, Scope scope) {
        JsonNode selected = resultSelector.map(s -> s.resolve(result, scope)).orElse(result);
        return outputPath.apply(resultPath.apply(rawInput, selected), scope);
    }

    /**
     * For states without a result (Choice, Wait, Succeed): OutputPath applied to the effective
     * input.
     */
    public JsonNode outputOf(JsonNode effectiveInput, Scope scope) {
        return outputPath.apply(effectiveInput, scope);
    }
}
