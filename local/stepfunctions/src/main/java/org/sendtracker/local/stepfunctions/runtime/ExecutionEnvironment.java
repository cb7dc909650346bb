package org.sendtracker.local.stepfunctions.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.sendtracker.local.stepfunctions.IdGenerator;
import org.sendtracker.local.stepfunctions.TaskInvoker;

/** What the engine lends a running execution: time, ids, Lambda and the Step Functions API. */
public interface ExecutionEnvironment {

    Clock clock();

    IdGenerator ids();

    TaskInvoker taskInvoker();

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
