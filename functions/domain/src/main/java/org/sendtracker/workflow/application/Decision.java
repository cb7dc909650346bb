package org.sendtracker.workflow.application;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.sendtracker.inspection.model.Stage;

/**
 * What the workflow does after a tick: {@link Wait} for a change or the timer, {@link Restart} as a
 * new execution, or {@link End}. Each names the inspection's stage, the generation it concerns, the
 * version the tick acted on ({@code seenVersion}: the waiter refuses to wait if it moved) and the
 * reminders the tick sent or failed to send. How the state machine receives it is the workflow
 * Lambda's business, not this type's.
 */
public sealed interface Decision {

    Stage stage();

    int generation();

    long seenVersion();

    int sent();

    int failed();

    /**
     * The answer for this kind of decision: each kind must be handled (Java 17 cannot switch over a
     * sealed type).
     */
    <T> T fold(Function<Wait, T> wait, Function<Restart, T> restart, Function<End, T> end);

    /** Wait up to {@code waitSeconds}, until {@code wakeAt}, for a change or the timer. */
    record Wait(
            long waitSeconds,
            Instant wakeAt,
            Stage stage,
            int generation,
            long seenVersion,
            int sent,
            int failed)
            implements Decision {
        public Wait {
            Objects.requireNonNull(wakeAt, "wakeAt == null");
            Objects.requireNonNull(stage, "stage == null");
        }

        @Override
        public <T> T fold(
                Function<Wait, T> wait, Function<Restart, T> restart, Function<End, T> end) {
            return wait.apply(this);
        }
    }

    /** Continue as a new execution: {@code generation} is the next one's. */
    record Restart(Stage stage, int generation, long seenVersion, int sent, int failed)
            implements Decision {
        public Restart {
            Objects.requireNonNull(stage, "stage == null");
        }

        @Override
        public <T> T fold(
                Function<Wait, T> wait, Function<Restart, T> restart, Function<End, T> end) {
            return restart.apply(this);
        }
    }

    /** The execution ends. */
    record End(Stage stage, int generation, long seenVersion, int sent, int failed)
            implements Decision {
        public End {
            Objects.requireNonNull(stage, "stage == null");
        }

        @Override
        public <T> T fold(
                Function<Wait, T> wait, Function<Restart, T> restart, Function<End, T> end) {
            return end.apply(this);
        }

        /**
         * The execution has nothing to act on: its inspection is gone, or a newer generation has
         * taken over.
         */
        public static End superseded(Stage stage, int generation) {
            return new End(stage, generation, 0, 0, 0);
        }
    }
}
