package org.sendtracker.local.stepfunctions.asl;

import java.util.Map;
import java.util.Optional;

/**
 * A parsed, validated state machine. ASL spec, "Top-level fields": "A State Machine MUST have an
 * object field named "States" ... a string field named "StartAt" ... MAY have ... "Comment",
 * "Version" ... "TimeoutSeconds", the maximum number of seconds an execution of the state machine
 * can run".
 */
public record StateMachineDefinition(
        String startAt, Map<String, State> states, Optional<Long> timeoutSeconds, String comment) {

    public StateMachineDefinition {
        states = Map.copyOf(states);
    }

    public State state(String name) {
        State state = states.get(name);
        if (state == null) {
            throw new IllegalStateException("No state \"" + name + "\" in the definition");
        }
        return state;
    }
}
