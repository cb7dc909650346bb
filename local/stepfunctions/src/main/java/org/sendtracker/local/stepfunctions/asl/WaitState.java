package org.sendtracker.local.stepfunctions.asl;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StepResult;
import org.sendtracker.local.stepfunctions.eval.Suspension;

/**
 * ASL spec, "Wait State": "A Wait state ("Type":"Wait") causes the interpreter to delay the machine
 * from continuing for a specified time." Here the delay is a persisted timer: the execution is
 * suspended and {@code fireDueTimers} resumes it, so no thread sleeps.
 */
public record WaitState(String name, InputOutput io, WaitDuration duration, Transition transition)
        implements SimpleState {

    static final Set<String> FIELDS =
            Set.of(
                    "Type",
                    "Comment",
                    "Next",
                    "End",
                    "InputPath",
                    "OutputPath",
                    "Seconds",
                    "SecondsPath",
                    "Timestamp",
                    "TimestampPath");

    static WaitState parse(StateFields fields) {
        return new WaitState(
                fields.stateName(),
                InputOutput.parse(fields),
                WaitDuration.parse(fields),
                Transition.parse(fields));
    }

    @Override
    public List<String> successors() {
        return transition.successors();
    }

    /** Computes when the wait ends; the output waits in a timer until then. */
    @Override
    public InputOutput.Outcome body(InputOutput.StateInput input, ExecutionContext context) {
        Instant now = context.now();
        Instant until = duration.until(now, input.effective(), context);
        return new InputOutput.Outcome.Result(
                input.effective(),
                output -> {
                    if (!until.isAfter(now)) {
                        return transition.to(output); // a timestamp in the past does not wait
                    }
                    return new StepResult.Suspended(
                            new Suspension.WaitElapses(name, until, output, transition.next()));
                });
    }

    @Override
    public StepResult onTimer(Suspension suspension, ExecutionContext context) {
        return transition.to(((Suspension.WaitElapses) suspension).output());
    }
}
