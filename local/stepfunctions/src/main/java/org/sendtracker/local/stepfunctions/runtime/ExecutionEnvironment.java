package org.sendtracker.local.stepfunctions.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.sendtracker.local.stepfunctions.eval.StatesError;

/** What the engine lends a running execution: time, ids, Lambda and the Step Functions API. */
public interface ExecutionEnvironment {

    Clock clock();

    /** A new random identifier (execution names, task tokens, {@code States.UUID()}). */
    String newId();

    /**
     * Invokes a Lambda function by its short name and returns its output (may be null).
     *
     * @throws FunctionFailure with the function's error name when it reports a failure; any other
     *     exception is a crash of the function, which the caller names after its class
     */
    JsonNode invokeFunction(String functionName, JsonNode payload);

    ExecutionLimits limits();

    /**
     * Starts another execution for a {@code states:startExecution} task. It begins running after
     * the calling state has finished; the result is the task's result ({@code ExecutionArn}, {@code
     * StartDate}).
     *
     * @throws StatesError named like the service integration's errors, e.g. {@code
     *     StepFunctions.ExecutionAlreadyExistsException}
     */
    JsonNode startExecutionFromTask(String stateMachineArn, String name, JsonNode input);

    /** A new task token that identifies {@code execution}. */
    String newTaskToken(Execution execution);
}
