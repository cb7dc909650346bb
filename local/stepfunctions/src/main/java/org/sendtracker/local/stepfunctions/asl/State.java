package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StepResult;
import org.sendtracker.local.stepfunctions.eval.Suspension;

/**
 * One state of a definition; one record per state type this engine implements. Every state type
 * runs inside the one {@link InputOutput} pipeline: a {@link SimpleState} implements only its body,
 * and a {@link TaskState} runs the same pipeline per attempt, with Retry and Catch.
 */
public sealed interface State permits TaskState, SimpleState {

    String name();

    /** The names of the states this state may go to, for the load-time graph check. */
    List<String> successors();

    /** The state's input and output processing fields. */
    InputOutput io();

    /** Runs the state on its raw input. */
    StepResult enter(JsonNode rawInput, ExecutionContext context);

    /** Continues after this state's timer fired (a Wait elapsed, a retry is due, a timeout hit). */
    default StepResult onTimer(Suspension suspension, ExecutionContext context) {
        throw new IllegalStateException(
                "State \"" + name() + "\" has no timer, but " + suspension + " fired");
    }
}
