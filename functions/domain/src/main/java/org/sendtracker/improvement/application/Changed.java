package org.sendtracker.improvement.application;

import java.util.Objects;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * A change to an improvement plan as answered: the plan after it, its audit entry, and whether this
 * is the stored answer to a retried request ({@code Idempotent-Replayed}). A request that would
 * leave the plan and the inspection as they are records nothing: {@link #unchanged} holds the plan
 * as it is, with no entry.
 */
public record Changed(ImprovementPlan plan, RecordedEvent event, boolean replayed) {

    public Changed {
        Objects.requireNonNull(plan, "plan == null");
    }

    /** Nothing to record: the plan (at the inspection's current version) as it stands. */
    public static Changed unchanged(ImprovementPlan plan) {
        return new Changed(plan, null, false);
    }

    public boolean isUnchanged() {
        return event == null;
    }
}
