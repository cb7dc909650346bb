package org.sendtracker.workflow.application;

/**
 * What the state machine does after a tick: {@code WAIT} up to {@code waitSeconds} for a change or
 * the timer; {@code RESTART} as a new execution ({@code nextGeneration}, {@code nextStage}); {@code
 * END}. {@code seenVersion} is the inspection version the tick acted on: the waiter refuses to wait
 * if it moved.
 */
public record Decision(
        String action,
        long waitSeconds,
        String wakeAt,
        String nextStage,
        int nextGeneration,
        long seenVersion,
        int sent,
        int failed) {

    public static final String WAIT = "WAIT";
    public static final String RESTART = "RESTART";
    public static final String END = "END";
}
