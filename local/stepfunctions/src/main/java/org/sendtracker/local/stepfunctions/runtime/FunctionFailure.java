package org.sendtracker.local.stepfunctions.runtime;

import java.util.Objects;

/**
 * A Lambda function reported a failure with an error name (the facade's {@code
 * TaskFailedException}), as opposed to crashing with an exception, which the runtime names after
 * the exception's class.
 */
public final class FunctionFailure extends RuntimeException {

    private final String error;
    private final String cause;

    public FunctionFailure(String error, String cause) {
        super(error + ": " + cause, null, false, false);
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
