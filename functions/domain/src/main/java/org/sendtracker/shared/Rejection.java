package org.sendtracker.shared;

import java.util.List;

/**
 * Why a command was refused: a value the edges turn into 400, 404, 409 or 412, never an exception.
 */
public sealed interface Rejection {

    String message();

    /**
     * What each kind of refusal becomes at an edge: one method per kind, so a new kind does not
     * compile until every edge says how to answer it (no default answer for an unknown refusal).
     */
    interface Cases<R> {
        R invalid(Invalid invalid);

        R forbidden(Forbidden forbidden);

        R notFound(NotFound notFound);

        R conflict(Conflict conflict);

        R notAllowed(NotAllowed notAllowed);

        R staleVersion(StaleVersion staleVersion);
    }

    /** This refusal through the case for its kind. */
    <R> R fold(Cases<R> cases);

    /** The kinds of refusal, for an edge that only needs to tell them apart. */
    enum Kind {
        INVALID,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        NOT_ALLOWED,
        STALE_VERSION
    }

    default Kind kind() {
        return fold(
                new Cases<>() {
                    @Override
                    public Kind invalid(Invalid invalid) {
                        return Kind.INVALID;
                    }

                    @Override
                    public Kind forbidden(Forbidden forbidden) {
                        return Kind.FORBIDDEN;
                    }

                    @Override
                    public Kind notFound(NotFound notFound) {
                        return Kind.NOT_FOUND;
                    }

                    @Override
                    public Kind conflict(Conflict conflict) {
                        return Kind.CONFLICT;
                    }

                    @Override
                    public Kind notAllowed(NotAllowed notAllowed) {
                        return Kind.NOT_ALLOWED;
                    }

                    @Override
                    public Kind staleVersion(StaleVersion staleVersion) {
                        return Kind.STALE_VERSION;
                    }
                });
    }

    /**
     * What the refusal says about each field: an {@link Invalid}'s own errors, or any other
     * refusal's message as the error of {@code field}.
     */
    default List<FieldError> errors(String field) {
        return fold(
                new Cases<>() {
                    @Override
                    public List<FieldError> invalid(Invalid invalid) {
                        return invalid.errors();
                    }

                    @Override
                    public List<FieldError> forbidden(Forbidden forbidden) {
                        return List.of(new FieldError(field, forbidden.message()));
                    }

                    @Override
                    public List<FieldError> notFound(NotFound notFound) {
                        return List.of(new FieldError(field, notFound.message()));
                    }

                    @Override
                    public List<FieldError> conflict(Conflict conflict) {
                        return List.of(new FieldError(field, conflict.message()));
                    }

                    @Override
                    public List<FieldError> notAllowed(NotAllowed notAllowed) {
                        return List.of(new FieldError(field, notAllowed.message()));
                    }

                    @Override
                    public List<FieldError> staleVersion(StaleVersion staleVersion) {
                        return List.of(new FieldError(field, staleVersion.message()));
                    }
                });
    }

    /** The input is malformed or impossible: 400 with a message per field. */
    record Invalid(List<FieldError> errors) implements Rejection {
        @Override
        public <R> R fold(Cases<R> cases) {
            return cases.invalid(this);
        }

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
    record Forbidden(String message) implements Rejection {
        @Override
        public <R> R fold(Cases<R> cases) {
            return cases.forbidden(this);
        }
    }

    /** The thing addressed does not exist: 404. */
    record NotFound(String message) implements Rejection {
        @Override
        public <R> R fold(Cases<R> cases) {
            return cases.notFound(this);
        }
    }

    /** The input is valid but conflicts with the current state (a duplicate, a lost race): 409. */
    record Conflict(String message) implements Rejection {
        @Override
        public <R> R fold(Cases<R> cases) {
            return cases.conflict(this);
        }
    }

    /**
     * The event is one the inspection's current stage does not accept: 409 naming the events it
     * does, an empty list once it is closed.
     */
    record NotAllowed(String message, List<String> allowed) implements Rejection {
        @Override
        public <R> R fold(Cases<R> cases) {
            return cases.notAllowed(this);
        }

        public NotAllowed {
            allowed = List.copyOf(allowed);
        }
    }

    /**
     * The caller's version is not the current one: 412. {@code current} 0: the record does not
     * exist yet (versions start at 1).
     */
    record StaleVersion(long expected, long current) implements Rejection {
        @Override
        public <R> R fold(Cases<R> cases) {
            return cases.staleVersion(this);
        }

        @Override
        public String message() {
            if (current == 0) {
                // versions start at 1: a version of 0 is a record not made yet
                return "There is no such record yet, so it has no version "
                        + expected
                        + ": send the request without If-Match to create it";
            }
            return "The record has changed since version "
                    + expected
                    + " (it is now version "
                    + current
                    + "): reload it and try again";
        }
    }
}
