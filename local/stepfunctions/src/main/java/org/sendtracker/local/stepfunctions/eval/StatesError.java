package org.sendtracker.local.stepfunctions.eval;

import java.util.Objects;

/**
 * An ASL error raised while a state runs: an error name such as {@code States.Timeout} and a
 * human-readable cause. The interpreter turns it into Retry, Catch or execution failure; it never
 * escapes the engine.
 */
public final class StatesError extends RuntimeException {

    private final String error;
    private final String cause;

    public StatesError(String error, String cause) {
        super(error + ": " + cause, null, false, false);
        this.error = Objects.requireNonNull(error, "error == null");
        this.cause = cause;
    }

    public static StatesError runtime(String cause) {
        return new StatesError(ErrorNames.RUNTIME, cause);
    }

    public String error() {
        return error;
    }

    public String errorCause() {
        return cause;
    }

    /**
     * ASL spec, "Retrying after error" / AWS: "States.Runtime ... An execution failed due to some
     * exception that it could not process"; such errors are not retried and cannot be caught.
     */
    public boolean isRecoverable() {
        return !ErrorNames.RUNTIME.equals(error);
    }
}
