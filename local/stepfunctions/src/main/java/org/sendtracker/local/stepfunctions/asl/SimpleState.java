package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StepResult;

/**
 * A state whose run is the pipeline around its body, once per entry: every type but Task. An ASL
 * error raised anywhere in it fails the execution (only a Task has Retry and Catch).
 */
public sealed interface SimpleState extends State
        permits ChoiceState, WaitState, PassState, SucceedState, FailState {

    /** The state's own work on its effective input. */
    InputOutput.Outcome body(InputOutput.StateInput input, ExecutionContext context);

    /**
     * InputPath, Parameters, {@link #body}, ResultSelector, ResultPath, OutputPath, as {@link
     * InputOutput#run} orders them.
     */
    @Override
    default StepResult enter(JsonNode rawInput, ExecutionContext context) {
        return io().run(rawInput, context, this::body, InputOutput.ErrorHandler.NONE);
    }
}
