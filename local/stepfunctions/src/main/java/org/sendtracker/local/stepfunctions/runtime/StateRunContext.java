package org.sendtracker.local.stepfunctions.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.eval.TaskCallback;
import org.sendtracker.local.stepfunctions.eval.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link ExecutionContext} of one state of one execution while the interpreter runs it. */
final class StateRunContext implements ExecutionContext {

    private static final Logger LOG = LoggerFactory.getLogger(StateRunContext.class);
    private static final int TASK_ATTEMPT_EVENTS =
            3; // TaskScheduled, TaskStarted, TaskSucceeded|Failed
    private static final int TASK_SUBMITTED_EVENTS = 1; // TaskSubmitted (callback pattern)

    private final Execution execution;
    private final ExecutionEnvironment environment;
    private final String stateName;
    private final Instant enteredTime;
    private String taskToken;
    private int retryCount;

    StateRunContext(
            Execution execution,
            ExecutionEnvironment environment,
            String stateName,
            Instant enteredTime) {
        this.execution = execution;
        this.environment = environment;
        this.stateName = stateName;
        this.enteredTime = enteredTime;
    }

    @Override
    public Instant now() {
        return environment.clock().instant();
    }

    @Override
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
        return environment.newId();
    }

    @Override
    public String issueTaskToken() {
        taskToken = environment.newTaskToken(execution);
        execution.beginTokenAttempt(taskToken);
        return taskToken;
    }

    @Override
    public Optional<TaskCallback> takeEarlyCallback(String token) {
        return execution.takeEarlyCallback(token);
    }

    @Override
    public void endTokenAttempt() {
        execution.endTokenAttempt();
    }

    @Override
    public void countRetryTransition() {
        execution.countStateTransition();
    }

    @Override
    public void countTaskAttempt() {
        execution.countTaskInvocation();
        execution.recordHistoryEvents(TASK_ATTEMPT_EVENTS, environment.limits());
    }

    @Override
    public void countTaskSubmitted() {
        execution.recordHistoryEvents(TASK_SUBMITTED_EVENTS, environment.limits());
    }

    @Override
    public JsonNode invokeFunction(String functionName, JsonNode payload) {
        try {
            JsonNode output = environment.invokeFunction(functionName, payload);
            return output == null ? NullNode.instance : output;
        } catch (FunctionFailure e) {
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

    @Override
    public JsonNode startExecution(String stateMachineArn, String name, JsonNode input) {
        return environment.startExecutionFromTask(stateMachineArn, name, input);
    }
}
