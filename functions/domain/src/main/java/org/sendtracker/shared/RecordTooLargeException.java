package org.sendtracker.shared;

/**
 * A write would make a record larger than the store keeps in one item (DynamoDB's 400 KB): nothing
 * was written. Repositories measure what they put before they write, and take the store's own
 * refusal of an update (which they cannot measure) as this too; either way the whole transaction is
 * refused, never half-written. Services answer it as a conflict saying nothing was saved.
 */
public class RecordTooLargeException extends RuntimeException {

    public RecordTooLargeException(String message) {
        super(message);
    }
}
