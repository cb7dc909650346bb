package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.eval.StepResult;
import org.sendtracker.local.stepfunctions.payload.PayloadTemplate;

/**
 * The input and output processing of a state: one pipeline, written once, that every state type
 * runs its own body inside.
 *
 * <p>ASL spec, "Input and Output Processing": the raw input goes through InputPath, then
 * Parameters, giving the effective input; the state's result goes through ResultSelector, then
 * ResultPath (which merges it into the raw input), then OutputPath, giving the state output. A
 * state type that does not allow a field never has it here: {@link StateFields} refused it, so the
 * field keeps its spec default ({@code "$"} for the paths, none for the templates). For the states
 * whose result is their effective input (Choice, Wait, Succeed) the default ResultPath {@code "$"}
 * makes the output OutputPath applied to the effective input, as the spec defines it for them.
 */
public record InputOutput(
        IoPath inputPath,
        Optional<PayloadTemplate> parameters,
        Optional<PayloadTemplate> resultSelector,
        ResultPathField resultPath,
        IoPath outputPath) {

    /** For a state that declares none of the fields (Fail): every step is the identity. */
    static final InputOutput NONE =
            new InputOutput(
                    IoPath.DEFAULT_INPUT_PATH,
                    Optional.empty(),
                    Optional.empty(),
                    ResultPathField.DEFAULT,
                    IoPath.DEFAULT_OUTPUT_PATH);

    static InputOutput parse(StateFields fields) {
        return new InputOutput(
                IoPath.parse(fields, "InputPath"),
                fields.optionalTemplate("Parameters"),
                fields.optionalTemplate("ResultSelector"),
                ResultPathField.parse(fields),
                IoPath.parse(fields, "OutputPath"));
    }

    /** The input of a state's body: the raw input and what InputPath and Parameters made of it. */
    public record StateInput(JsonNode raw, JsonNode afterInputPath, JsonNode effective) {}

    /** What a state's body produced. */
    public sealed interface Outcome {

        /**
         * The body's result: the pipeline applies ResultSelector, ResultPath and OutputPath and
         * hands the state output to {@code route} (the transition, or a timer holding the output).
         */
        record Result(JsonNode result, Function<JsonNode, StepResult> route) implements Outcome {}

        /** The body ended the step itself (a Fail state, a Choice without a match). */
        record Finished(StepResult step) implements Outcome {}
    }

    /** A state type's own work, between the input and the output processing. */
    @FunctionalInterface
    public interface Body {
        Outcome run(StateInput input, ExecutionContext context);
    }

    /** What a state does with an ASL error raised in the pipeline or its body (Retry, Catch). */
    @FunctionalInterface
    public interface ErrorHandler {
        StepResult onError(StatesError error);

        /** No handler: the error fails the execution (the interpreter turns it into a failure). */
        ErrorHandler NONE =
                error -> {
                    throw error;
                };
    }

    /** Runs the whole pipeline around {@code body}: input processing, body, output processing. */
    public StepResult run(
            JsonNode rawInput, ExecutionContext context, Body body, ErrorHandler errors) {
        try {
            StateInput input = input(rawInput, context);
            return finish(rawInput, () -> body.run(input, context), context, errors);
        } catch (StatesError error) {
            return errors.onError(error);
        }
    }

    /**
     * Runs a body and the output processing of its outcome: ResultSelector, ResultPath (into {@code
     * rawInput}), OutputPath, then the outcome's route. A task's callback, which arrives after its
     * input was processed, enters the pipeline here.
     */
    public StepResult finish(
            JsonNode rawInput,
            Supplier<Outcome> body,
            ExecutionContext context,
            ErrorHandler errors) {
        try {
            Outcome outcome = body.get();
            if (outcome instanceof Outcome.Result result) {
                return result.route().apply(output(rawInput, result.result(), context));
            }
            return ((Outcome.Finished) outcome).step();
        } catch (StatesError error) {
            return errors.onError(error);
        }
    }

    /** InputPath, then Parameters. */
    private StateInput input(JsonNode rawInput, ExecutionContext context) {
        JsonNode afterInputPath = inputPath.apply(rawInput, context);
        JsonNode effective =
                parameters.map(p -> p.resolve(afterInputPath, context)).orElse(afterInputPath);
        return new StateInput(rawInput, afterInputPath, effective);
    }

    /** ResultSelector, then ResultPath, then OutputPath. */
    private JsonNode output(JsonNode rawInput, JsonNode result, ExecutionContext context) {
        JsonNode selected = resultSelector.map(s -> s.resolve(result, context)).orElse(result);
        return outputPath.apply(resultPath.apply(rawInput, selected), context);
    }
}
