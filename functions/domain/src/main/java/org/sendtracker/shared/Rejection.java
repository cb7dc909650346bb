package org.sendtracker.shared;

import java.util.List;

/**
 * Why a command was refused: a value the edges turn into 400, 404, 409 or 412, never an exception.
 */
public sealed interface Rejection {

    String message();

    /** The input is malformed or impossible: 400 with a message per field. */
    record Invalid(List<FieldError> errors) implements Rejection {
        public Invalid {
            errors = List.copyOf(errors);
        }

        public static Invalid of(String field, String message) {
            return new Invalid(List.of(new FieldError(field, message)));
        }

        @Override
        public String message() {
            return errors.size() == 1
                    ? errors.get(0).message()
                    : "There are " + errors.size() + " problems with the request";
        }
    }

    /**
     * The signed-in person may read the record but not do this to it: 403. Where they may not even
     * read it, the edge answers exactly as for an unknown id instead ({@link NotFound}), so nothing
     * is revealed.
     */
    record Forbidden(String message) implements Rejection {}

    /** The thing addressed does not exist: 404. */
    record NotFound(String message) implements Rejection {}

    /** The input is valid but conflicts with the current state (a duplicate, a lost race): 409. */
    record Conflict(String message) implements Rejection {}

    /**
     * The event is one the inspection's current stage does not accept: 409 naming the events it
     * does, an empty list once it is closed.
     */
    record NotAllowed(String message, List<String> allowed) implements Rejection {
        public NotAllowed {
            allowed = List.copyOf(allowed);
        }
    }

    /** The caller's version is not the current one: 412. */
    record StaleVersion(long expected, long current) implements Rejection {
        @Override
        public String message() {
            return "The record has changed since version "
                    + expected
                    + " (it is now version "
                    + current
                    + "): reload it and try again";
        }
    }
}
