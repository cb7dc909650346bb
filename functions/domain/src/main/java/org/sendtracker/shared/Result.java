package org.sendtracker.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A value or the reason it could not be had. */
public sealed interface Result<T> {

    record Ok<T>(T value) implements Result<T> {
        public Ok {
            Objects.requireNonNull(value, "value == null");
        }

        @Override
        public <R> R fold(
                Function<? super T, ? extends R> ok, Function<Rejection, ? extends R> refused) {
            return ok.apply(value);
        }
    }

    record Refused<T>(Rejection rejection) implements Result<T> {
        public Refused {
            Objects.requireNonNull(rejection, "rejection == null");
        }

        @Override
        public <R> R fold(
                Function<? super T, ? extends R> ok, Function<Rejection, ? extends R> refused) {
            return refused.apply(rejection);
        }
    }

    /**
     * The value through {@code ok}, or the refusal through {@code refused}: both cases answered.
     */
    <R> R fold(Function<? super T, ? extends R> ok, Function<Rejection, ? extends R> refused);

    /** The refusal, if this is one. */
    default Optional<Rejection> refusal() {
        return fold(value -> Optional.empty(), Optional::of);
    }

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Result<T> refused(Rejection rejection) {
        return new Refused<>(rejection);
    }

    default <U> Result<U> map(Function<T, U> mapper) {
        return fold(value -> new Ok<>(mapper.apply(value)), Refused::new);
    }

    default <U> Result<U> flatMap(Function<T, Result<U>> mapper) {
        return fold(mapper, Refused::new);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default T orElseThrow() {
        return fold(
                value -> value,
                rejection -> {
                    throw new IllegalStateException("refused: " + rejection);
                });
    }
}
