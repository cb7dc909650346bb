package org.sendtracker.workflow.application;

/**
 * The inspection changed between a tick and the wait that follows it: the state machine catches
 * this error by its class name and ticks again at once, so no officer's event waits for a timer.
 */
public final class InspectionChangedException extends RuntimeException {

    public InspectionChangedException(String message) {
        super(message);
    }
}
