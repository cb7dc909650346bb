package org.sendtracker.local.stepfunctions.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.sendtracker.local.stepfunctions.TaskFailedException;
import org.sendtracker.local.stepfunctions.payload.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one state may use while it runs: the clock, the context object, ids, and the two
 * integrations (Lambda, Step Functions). Nothing else of the engine is reachable from a state.
 */
public final class ExecutionContext implements Scope {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionContext.class);
    private static final int TASK_ATTEMPT_EVENTS =
            3; // TaskScheduled, TaskStarted, TaskSucceeded|Failed
    private static final int TASK_SUBMITTED_EVENTS = 1; // TaskSubmitted (callback pattern)

    private final Execution execution;
    private final ExecutionEnvironment environment;
    private final String stateName;
    private final Instant enteredTime;
    private String taskToken;
    private int retryCount;

    ExecutionContext(
            Execution execution,
            ExecutionEnvironment environment,
            String stateName,
            Instant enteredTime) {
        this.execution = execution;
        this.environment = environment;
        this.stateName = stateName;
        this.enteredTime = enteredTime;
    }

    public Instant now() {
        return environment.clock().instant();
    }

    public String stateName() {
        return stateName;
    }

    /** Sets {@code $$.State.RetryCount} for the attempt about to run. */
    public void retryCount(int count) {
        this.retryCount = count;
    }

    /**
     * The context object. AWS developer guide, "Accessing the Context object": Execution (Id,
     * Input, Name, StartTime), State (EnteredTime, Name, RetryCount), StateMachine (Id, Name) and,
     * in a callback task, Task.Token.
     */
    @Override
    public JsonNode contextObject() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode context = json.objectNode();
        ObjectNode exec = context.putObject("Execution");
        exec.put("Id", execution.arn());
        exec.set("Input", execution.input());
        exec.put("Name", execution.name());
        exec.put("StartTime", Timestamps.format(execution.startDate()));
        ObjectNode state = context.putObject("State");
        state.put("EnteredTime", Timestamps.format(enteredTime));
        state.put("Name", stateName);
        state.put("RetryCount", retryCount);
        ObjectNode machine = context.putObject("StateMachine");
        machine.put("Id", execution.stateMachineArn());
        machine.put("Name", execution.stateMachineName());
        if (taskToken != null) {
            context.putObject("Task").put("Token", taskToken);
        }
        return context;
    }

    @Override
    public String newUuid() {
        return environment.ids().newId();
    }

    /** Issues the token of a callback task attempt; {@code $$.Task.Token} resolves from now on. */
    public String issueTaskToken() {
        taskToken = environment.newTaskToken(execution);
        execution.beginTokenAttempt(taskToken);
        return taskToken;
    }

    /** The callback that arrived while this attempt's invocation was still running, if any. */
    public Optional<TaskCallback> takeEarlyCallback(String token) {
        return execution.takeEarlyCallback(token);
    }

    /** Ends the callback attempt: from now on only a suspended wait accepts the token. */
    public void endTokenAttempt() {
        execution.endTokenAttempt();
    }

    /** A retry enters the state again, which the service counts as a state transition. */
    public void countRetryTransition() {
        execution.countStateTransition();
    }

    /** Counts one Task attempt (invocation and its history events). */
    public void countTaskAttempt() {
        execution.countTaskInvocation();
        execution.recordHistoryEvents(TASK_ATTEMPT_EVENTS, environment.limits());
    }

    /** Counts the TaskSubmitted event of a callback task. */
    public void countTaskSubmitted() {
        execution.recordHistoryEvents(TASK_SUBMITTED_EVENTS, environment.limits());
    }

    /**
     * Invokes a Lambda function through the engine's {@link
     * org.sendtracker.local.stepfunctions.TaskInvoker}.
     *
     * @throws StatesError with the function's error name when it fails
     */
    public JsonNode invokeFunction(String functionName, JsonNode payload) {
        try {
            JsonNode output = environment.taskInvoker().invoke(functionName, payload);
            return output == null ? NullNode.instance : output;
        } catch (TaskFailedException e) {
            throw new StatesError(e.error(), e.errorCause());
        } catch (RuntimeException e) {
            // An unhandled exception in a Lambda handler fails the task with the exception's class
            // name as error type, as the Java Lambda runtime reports it.
            LOG.warn(
                    "Function {} threw in state {} of {}",
                    functionName,
                    stateName,
                    execution.arn(),
                    e);
            throw new StatesError(e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }

    /** Starts another execution (fire and forget); returns the integration's result object. */
    public JsonNode startExecution(String stateMachineArn, String name, JsonNode input) {
        return environment.startExecutionFromTask(stateMachineArn, name, input);
    }
}
