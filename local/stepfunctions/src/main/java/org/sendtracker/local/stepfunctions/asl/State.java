package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sendtracker.local.stepfunctions.runtime.ExecutionContext;
import org.sendtracker.local.stepfunctions.runtime.StepResult;
import org.sendtracker.local.stepfunctions.runtime.Suspension;

/** One state of a definition; one record per state type this engine implements. */
public sealed interface State
        permits TaskState, ChoiceState, WaitState, PassState, SucceedState, FailState {

    String name();

    /** The names of the states this state may go to, for the load-time graph check. */
    List<String> successors();

    /** Runs the state on its raw input. */
    StepResult enter(JsonNode rawInput, ExecutionContext context);

    /** Continues after this state's timer fired (a Wait elapsed, a retry is due, a timeout hit). */
    default StepResult onTimer(Suspension suspension, ExecutionContext context) {
        throw new IllegalStateException(
                "State \"" + name() + "\" has no timer, but " + suspension + " fired");
    }
}
