package org.sendtracker.shared;

/**
 * A conditional write lost: someone else wrote first. Repositories translate their store's own
 * signal (DynamoDB's {@code ConditionalCheckFailedException}) into this at the edge.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message) {
        super(message);
    }

    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
