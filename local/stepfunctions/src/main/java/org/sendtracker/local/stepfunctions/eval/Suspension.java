package org.sendtracker.local.stepfunctions.eval;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * Why a running execution is not running right now: a persisted timer or a task-token wait. Nothing
 * sleeps; {@code fireDueTimers} resumes the execution once the engine clock passes {@link
 * #dueAt()}, and a task token's callback resumes it at once.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Suspension.StartPending.class, name = "StartPending"),
    @JsonSubTypes.Type(value = Suspension.WaitElapses.class, name = "WaitElapses"),
    @JsonSubTypes.Type(value = Suspension.RetryDue.class, name = "RetryDue"),
    @JsonSubTypes.Type(value = Suspension.AwaitingTaskToken.class, name = "AwaitingTaskToken")
})
public sealed interface Suspension {

    /** When the timer fires; empty for a task-token wait without a timeout. */
    Optional<Instant> dueAt();

    /** The state that waits; null before the execution's first state. */
    default String stateName() {
        return null;
    }

    /**
     * An execution started by a {@code states:startExecution} task: it begins after the starting
     * state has finished, as the real service starts it asynchronously.
     */
    record StartPending(Instant due) implements Suspension {
        @Override
        public Optional<Instant> dueAt() {
            return Optional.of(due);
        }
    }

    /**
     * A Wait state: at {@code due} the state exits with {@code output} to {@code next} (null: End).
     */
    record WaitElapses(String stateName, Instant due, JsonNode output, String next)
            implements Suspension {
        @Override
        public Optional<Instant> dueAt() {
            return Optional.of(due);
        }
    }

    /** A Task state waiting out its retry interval before the next attempt. */
    record RetryDue(String stateName, Instant due, JsonNode rawInput, RetryCounters retries)
            implements Suspension {
        @Override
        public Optional<Instant> dueAt() {
            return Optional.of(due);
        }
    }

    /**
     * A {@code .waitForTaskToken} task waiting for its callback, until {@code timeoutAt} if set.
     */
    record AwaitingTaskToken(
            String stateName,
            String token,
            Instant timeoutAt,
            int timeoutSeconds,
            JsonNode rawInput,
            RetryCounters retries)
            implements Suspension {
        @Override
        public Optional<Instant> dueAt() {
            return Optional.ofNullable(timeoutAt);
        }
    }
}
