package org.sendtracker.local.stepfunctions.eval;

/**
 * Counters of one execution: states entered (retries included), task attempts, and history events
 * counted as the service would record them.
 */
public record ExecutionStats(long stateTransitions, long taskInvocations, long historyEvents) {

    public static final ExecutionStats NONE = new ExecutionStats(0, 0, 0);
}
