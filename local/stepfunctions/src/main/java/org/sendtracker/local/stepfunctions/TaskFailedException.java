package org.sendtracker.local.stepfunctions;

import java.util.Objects;

/** A task that failed with an ASL error name (e.g. {@code java.lang.IllegalStateException}). */
public class TaskFailedException extends Exception {

    private final String error;
    private final String cause;

    public TaskFailedException(String error, String cause) {
        super(error + ": " + cause);
        this.error = Objects.requireNonNull(error, "error == null");
        this.cause = cause;
    }

    public String error() {
        return error;
    }

    public String errorCause() {
        return cause;
    }
}
