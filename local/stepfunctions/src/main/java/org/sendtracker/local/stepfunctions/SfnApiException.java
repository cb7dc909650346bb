package org.sendtracker.local.stepfunctions;

import java.util.Objects;

/** A Step Functions API call the engine refuses, with the service's error name. */
public class SfnApiException extends RuntimeException {

    private final ApiError error;

    public SfnApiException(ApiError error, String message) {
        super(message);
        this.error = Objects.requireNonNull(error, "error == null");
    }

    public SfnApiException(ApiError error, String message, Throwable cause) {
        super(message, cause);
        this.error = Objects.requireNonNull(error, "error == null");
    }

    public ApiError error() {
        return error;
    }
}
