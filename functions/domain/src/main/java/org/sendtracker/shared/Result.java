package org.sendtracker.shared;

import java.util.Objects;
import java.util.function.Function;

/** A value or the reason it could not be had. */
public sealed interface Result<T> {

    record Ok<T>(T value) implements Result<T> {
        public Ok {
            Objects.requireNonNull(value, "value == null");
        }
    }

    record Refused<T>(Rejection rejection) implements Result<T> {
        public Refused {
            Objects.requireNonNull(rejection, "rejection == null");
        }
    }

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> refused(Rejection rejection) {
        return new Refused<>(rejection);
    }

    default <U> Result<U> map(Function<T, U> mapper) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(mapper.apply(ok.value()));
        }
        return new Refused<>(((Refused<T>) this).rejection());
    }

    default <U> Result<U> flatMap(Function<T, Result<U>> mapper) {
        if (this instanceof Ok<T> ok) {
            return mapper.apply(ok.value());
        }
        return new Refused<>(((Refused<T>) this).rejection());
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("refused: " + ((Refused<T>) this).rejection());
    }
}
