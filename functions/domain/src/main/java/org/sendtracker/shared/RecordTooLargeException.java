package org.sendtracker.shared;

/**
 * A write would make a record larger than the store keeps in one item (DynamoDB's 400 KB): nothing
 * was written. Repositories check before they write, so this is never a half-write; services answer
 * it as a conflict that names what to remove.
 */
public class RecordTooLargeException extends RuntimeException {

    public RecordTooLargeException(String message) {
        super(message);
    }
}
