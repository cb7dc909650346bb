package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.asl.task.TaskResource;
import org.sendtracker.local.stepfunctions.eval.ErrorNames;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.RetryCounters;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.eval.StepResult;
import org.sendtracker.local.stepfunctions.eval.Suspension;
import org.sendtracker.local.stepfunctions.eval.TaskCallback;

/**
 * ASL spec, "Task State": "The Task State ("Type":"Task") causes the interpreter to execute the
 * work identified by the state's "Resource" field." With Retry ("Retrying after error") and Catch
 * ("Fallback states"). A retry interval and a callback wait are persisted timers.
 *
 * <p>HeartbeatSeconds / HeartbeatSecondsPath are refused: this engine does not implement heartbeats
 * (SendTaskHeartbeat is accepted and has no effect).
 */
public record TaskState(
        String name,
        TaskResource resource,
        InputOutput io,
        TaskTimeout timeout,
        List<Retrier> retriers,
        List<Catcher> catchers,
        Transition transition)
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
                    "ResultSelector",
                    "ResultPath",
                    "Resource",
                    "TimeoutSeconds",
                    "TimeoutSecondsPath",
                    "Retry",
                    "Catch");

    static TaskState parse(StateFields fields) {
        return new TaskState(
                fields.stateName(),
                TaskResource.parse(fields),
                InputOutput.parse(fields),
                TaskTimeout.parse(fields),
                parseList(fields, "Retry", Retrier::parse),
                parseList(fields, "Catch", Catcher::parse),
                Transition.parse(fields));
    }

    private interface ElementParser<T> {
        T parse(String stateName, JsonNode node, boolean last);
    }

    private static <T> List<T> parseList(
            StateFields fields, String field, ElementParser<T> parser) {
        JsonNode array = fields.get(field);
        if (array == null) {
            return List.of();
        }
        if (!array.isArray()) {
            throw fields.problem("field \"" + field + "\" must be an array");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            items.add(parser.parse(fields.stateName(), array.get(i), i == array.size() - 1));
        }
        return List.copyOf(items);
    }

    @Override
    public List<String> successors() {
        List<String> next = new ArrayList<>(transition.successors());
        catchers.forEach(c -> next.add(c.next()));
        return next;
    }

    /** Entering the state anew resets the Retriers' counts. */
    @Override
    public StepResult enter(JsonNode rawInput, ExecutionContext context) {
        return attempt(rawInput, RetryCounters.fresh(retriers.size()), context);
    }

    @Override
    public StepResult onTimer(Suspension suspension, ExecutionContext context) {
        if (suspension instanceof Suspension.RetryDue retry) {
            context.countRetryTransition();
            return attempt(retry.rawInput(), retry.retries(), context);
        }
        Suspension.AwaitingTaskToken wait = (Suspension.AwaitingTaskToken) suspension;
        return onError(wait.rawInput(), timedOut(wait.timeoutSeconds()), wait.retries(), context);
    }

    /** Continues a callback task with the SendTaskSuccess / SendTaskFailure for its token. */
    public StepResult onCallback(
            Suspension.AwaitingTaskToken wait, TaskCallback callback, ExecutionContext context) {
        return io.finish(
                wait.rawInput(),
                () -> callbackOutcome(callback),
                context,
                error -> onError(wait.rawInput(), error, wait.retries(), context));
    }

    /** One attempt: the pipeline around the task's body, its errors to Retry and Catch. */
    private StepResult attempt(JsonNode rawInput, RetryCounters retries, ExecutionContext context) {
        context.retryCount(retries.total());
        String token = resource.waitsForTaskToken() ? context.issueTaskToken() : null;
        try {
            return io.run(
                    rawInput,
                    context,
                    (input, ctx) -> body(input, retries, token, ctx),
                    error -> onError(rawInput, error, retries, context));
        } finally {
            if (token != null) {
                context.endTokenAttempt();
            }
        }
    }

    /**
     * Runs the resource on the effective input within the timeout. A callback task then waits for
     * its token, unless the callback already arrived while the invocation ran.
     */
    private InputOutput.Outcome body(
            InputOutput.StateInput input,
            RetryCounters retries,
            String token,
            ExecutionContext context) {
        long timeoutSeconds = timeout.secondsFor(input.afterInputPath(), context);
        Instant timeoutAt = context.now().plusSeconds(timeoutSeconds);
        context.countTaskAttempt();
        JsonNode result = resource.run(input.effective(), context);
        if (context.now().isAfter(timeoutAt)) {
            throw timedOut(timeoutSeconds);
        }
        if (token == null) {
            return new InputOutput.Outcome.Result(result, transition::to);
        }
        context.countTaskSubmitted();
        Optional<TaskCallback> early = context.takeEarlyCallback(token);
        if (early.isPresent()) {
            return callbackOutcome(early.get());
        }
        Suspension.AwaitingTaskToken wait =
                new Suspension.AwaitingTaskToken(
                        name,
                        token,
                        timeoutAt,
                        (int) Math.min(timeoutSeconds, Integer.MAX_VALUE),
                        input.raw(),
                        retries);
        return new InputOutput.Outcome.Finished(new StepResult.Suspended(wait));
    }

    /** SendTaskSuccess gives the task's result; SendTaskFailure raises the error it names. */
    private InputOutput.Outcome callbackOutcome(TaskCallback callback) {
        if (callback instanceof TaskCallback.Success success) {
            return new InputOutput.Outcome.Result(success.output(), transition::to);
        }
        TaskCallback.Failure failure = (TaskCallback.Failure) callback;
        throw new StatesError(failure.error(), failure.cause());
    }

    /**
     * ASL spec, "Retrying after error": "the interpreter scans through the Retriers and, when the
     * Error Name appears in the value of a Retrier's "ErrorEquals" field, implements the retry
     * policy described in that Retrier" — once a matching Retrier has used up its MaxAttempts, the
     * error goes to the Catchers ("Fallback states"), the first matching one wins.
     */
    private StepResult onError(
            JsonNode rawInput, StatesError error, RetryCounters retries, ExecutionContext context) {
        if (!error.isRecoverable()) {
            return new StepResult.Failed(error.error(), error.errorCause());
        }
        for (int i = 0; i < retriers.size(); i++) {
            Retrier retrier = retriers.get(i);
            if (retrier.errorEquals().matches(error.error())) {
                int used = retries.attemptsOf(i);
                if (used < retrier.maxAttempts()) {
                    Instant due = context.now().plus(retrier.delayBeforeRetry(used));
                    return new StepResult.Suspended(
                            new Suspension.RetryDue(name, due, rawInput, retries.incremented(i)));
                }
                break;
            }
        }
        for (Catcher catcher : catchers) {
            if (catcher.errorEquals().matches(error.error())) {
                try {
                    return new StepResult.Next(
                            catcher.next(),
                            catcher.resultPath().apply(rawInput, errorOutput(error)));
                } catch (StatesError resultPathFailure) {
                    return new StepResult.Failed(
                            resultPathFailure.error(), resultPathFailure.errorCause());
                }
            }
        }
        return new StepResult.Failed(error.error(), error.errorCause());
    }

    private static JsonNode errorOutput(StatesError error) {
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        output.put("Error", error.error());
        if (error.errorCause() != null) {
            output.put("Cause", error.errorCause());
        }
        return output;
    }

    private StatesError timedOut(long timeoutSeconds) {
        return new StatesError(
                ErrorNames.TIMEOUT,
                "Task \""
                        + name
                        + "\" did not complete within its timeout of "
                        + timeoutSeconds
                        + " seconds");
    }
}
