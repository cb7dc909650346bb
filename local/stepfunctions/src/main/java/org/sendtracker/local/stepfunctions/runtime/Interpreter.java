package org.sendtracker.local.stepfunctions.runtime;

import java.time.Instant;
import java.util.function.Supplier;
import org.sendtracker.local.stepfunctions.asl.State;
import org.sendtracker.local.stepfunctions.asl.TaskState;
import org.sendtracker.local.stepfunctions.eval.ErrorNames;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.eval.StepResult;
import org.sendtracker.local.stepfunctions.eval.Suspension;
import org.sendtracker.local.stepfunctions.eval.TaskCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one execution from state to state on the calling thread until it is suspended (a timer or
 * a task token) or closed. The caller holds the execution's monitor.
 *
 * <p>ASL spec, "Transitions": "When a state is complete, the interpreter transitions to the state
 * named in Next ... the machine stops when it reaches a terminal state". History events are counted
 * as the service records them (ExecutionStarted; per state StateEntered and StateExited; per task
 * attempt TaskScheduled, TaskStarted and TaskSucceeded or TaskFailed; TaskSubmitted for a callback;
 * ExecutionSucceeded or ExecutionFailed).
 */
public final class Interpreter {

    private static final Logger LOG = LoggerFactory.getLogger(Interpreter.class);

    private final ExecutionEnvironment environment;

    public Interpreter(ExecutionEnvironment environment) {
        this.environment = environment;
    }

    /**
     * Resumes an execution whose {@link Execution#nextDue} has passed: starts it, ends its Wait,
     * retries its task, times its task out, or times the whole execution out.
     */
    public void fireTimer(Execution execution) {
        Instant now = now();
        if (!now.isBefore(execution.deadline(environment.limits()))) {
            timeOut(execution, now);
            return;
        }
        Suspension suspension = execution.suspension();
        execution.clearSuspension();
        if (suspension instanceof Suspension.StartPending) {
            execution.recordHistoryEvents(1, environment.limits()); // ExecutionStarted
            run(
                    execution,
                    new StepResult.Next(execution.definition().startAt(), execution.input()),
                    false);
            return;
        }
        State state = execution.definition().state(suspension.stateName());
        ExecutionContext context = context(execution, state.name(), now);
        run(execution, guarded(execution, () -> state.onTimer(suspension, context)), true);
    }

    /** Continues a callback task with the SendTaskSuccess / SendTaskFailure for its token. */
    public void deliverCallback(
            Execution execution, Suspension.AwaitingTaskToken wait, TaskCallback callback) {
        execution.clearSuspension();
        TaskState task = (TaskState) execution.definition().state(wait.stateName());
        ExecutionContext context = context(execution, task.name(), now());
        run(execution, guarded(execution, () -> task.onCallback(wait, callback, context)), true);
    }

    /** StopExecution: the execution is aborted wherever it is. */
    public void abort(Execution execution, String error, String cause) {
        execution.recordTerminalEvent();
        execution.close(ExecutionStatus.ABORTED, now(), null, error, cause);
    }

    /** Closes an execution that can no longer run, e.g. whose definition no longer loads. */
    public void failUnrecoverable(Execution execution, String cause) {
        execution.recordTerminalEvent();
        execution.close(ExecutionStatus.FAILED, now(), null, ErrorNames.RUNTIME, cause);
    }

    private void run(Execution execution, StepResult first, boolean leavingAState) {
        StepResult result = first;
        boolean exiting = leavingAState;
        while (true) {
            try {
                if (result instanceof StepResult.Next next) {
                    if (exiting) {
                        execution.recordHistoryEvents(1, environment.limits()); // StateExited
                    }
                    Instant now = now();
                    if (!now.isBefore(execution.deadline(environment.limits()))) {
                        timeOut(execution, now);
                        return;
                    }
                    execution.recordHistoryEvents(1, environment.limits()); // StateEntered
                    execution.countStateTransition();
                    State state = execution.definition().state(next.state());
                    ExecutionContext context = context(execution, state.name(), now);
                    result = guarded(execution, () -> state.enter(next.output(), context));
                    exiting = true;
                } else if (result instanceof StepResult.Succeeded succeeded) {
                    execution.recordTerminalEvent(); // StateExited
                    execution.recordTerminalEvent(); // ExecutionSucceeded
                    execution.close(
                            ExecutionStatus.SUCCEEDED, now(), succeeded.output(), null, null);
                    return;
                } else if (result instanceof StepResult.Failed failed) {
                    execution.recordTerminalEvent(); // ExecutionFailed
                    execution.close(
                            ExecutionStatus.FAILED, now(), null, failed.error(), failed.cause());
                    return;
                } else {
                    execution.suspend(((StepResult.Suspended) result).suspension());
                    return;
                }
            } catch (StatesError limitExceeded) {
                result = new StepResult.Failed(limitExceeded.error(), limitExceeded.errorCause());
            }
        }
    }

    /**
     * Runs a state, turning an ASL error it did not handle into a failed step. An exception from a
     * bug in the engine also fails the execution (States.Runtime) rather than leaving it running
     * with nothing to resume it; it is logged with its stack trace.
     */
    private StepResult guarded(Execution execution, Supplier<StepResult> step) {
        try {
            return step.get();
        } catch (StatesError error) {
            return new StepResult.Failed(error.error(), error.errorCause());
        } catch (RuntimeException bug) {
            LOG.error("Internal error in execution {}", execution.arn(), bug);
            return new StepResult.Failed(
                    ErrorNames.RUNTIME, "Internal error in the local engine: " + bug);
        }
    }

    private void timeOut(Execution execution, Instant now) {
        execution.recordTerminalEvent(); // ExecutionTimedOut
        execution.close(
                ExecutionStatus.TIMED_OUT,
                now,
                null,
                ErrorNames.TIMEOUT,
                execution.deadlineCause(environment.limits()));
    }

    private ExecutionContext context(Execution execution, String stateName, Instant enteredTime) {
        return new StateRunContext(execution, environment, stateName, enteredTime);
    }

    private Instant now() {
        return environment.clock().instant();
    }
}
