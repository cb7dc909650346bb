package org.sendtracker.inspection.application;

import java.util.Objects;
import java.util.Optional;
import org.sendtracker.inspection.model.EventContext;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Transition;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Recomputes an inspection from its steps as they now stand (docs/corrections-plan.md): from the
 * notification, each step is read by {@link EventReader} and decided by the lifecycle ({@code
 * Lifecycle.decide}) in the order it was recorded, with the instant it was recorded, so deadlines
 * are counted exactly as they would have been had the history been right. The first step the
 * lifecycle refuses stops the replay.
 */
final class Replay {

    /** The state the steps lead to, or the first step refused and why. */
    record Outcome(
            Inspection state, Optional<EffectiveHistory.Step> refusedAt, Optional<Rejection> why) {

        Outcome {
            Objects.requireNonNull(state, "state == null");
        }

        boolean succeeded() {
            return refusedAt.isEmpty();
        }
    }

    private Replay() {}

    /**
     * As {@link #of}, but a step the lifecycle refuses is passed over and the replay goes on: a
     * past day's record (docs/progress-report.md), where a step dated before the day may have been
     * accepted only at a stage a step dated after it reached.
     */
    static Inspection passingOverRefused(
            Inspection inspection, EffectiveHistory history, EventContext context) {
        Inspection state = notification(inspection);
        for (EffectiveHistory.Step step : history.steps()) {
            Result<Transition> decided = decide(state, step, context);
            if (decided instanceof Result.Ok<Transition> ok) {
                state = ok.value().next();
            }
        }
        return state;
    }

    /**
     * Replays {@code history} over the notification of {@code inspection} (its id, area, framework
     * and dates never change). {@code context} gives today (no step may be dated after it), the
     * calendar and the rules; each step is decided at the instant it was recorded.
     */
    static Outcome of(Inspection inspection, EffectiveHistory history, EventContext context) {
        Inspection state = notification(inspection);
        for (EffectiveHistory.Step step : history.steps()) {
            Result<Transition> decided = decide(state, step, context);
            if (decided instanceof Result.Refused<Transition> refused) {
                return new Outcome(state, Optional.of(step), Optional.of(refused.rejection()));
            }
            state = decided.orElseThrow().next();
        }
        return new Outcome(state, Optional.empty(), Optional.empty());
    }

    /** The inspection as its notification left it (its id, area, framework and dates). */
    private static Inspection notification(Inspection inspection) {
        return Inspection.notified(
                inspection.id(),
                inspection.areaId(),
                inspection.framework(),
                inspection.notifiedOn(),
                inspection.startsOn(),
                inspection.endsOn(),
                inspection.createdAt());
    }

    /** One step decided at the instant it was recorded. */
    private static Result<Transition> decide(
            Inspection state, EffectiveHistory.Step step, EventContext context) {
        EventContext then =
                new EventContext(
                        context.today(),
                        step.entry().recordedAt(),
                        context.calendar(),
                        context.rules());
        return EventReader.decide(state, step.type().name(), step.details(), then);
    }
}
