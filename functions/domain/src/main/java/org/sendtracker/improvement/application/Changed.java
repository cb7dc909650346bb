package org.sendtracker.improvement.application;

import java.util.Objects;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * A change to an improvement plan as answered: the plan after it, its audit entry, and whether this
 * is the stored answer to a retried request ({@code Idempotent-Replayed}).
 */
public record Changed(ImprovementPlan plan, RecordedEvent event, boolean replayed) {

    public Changed {
        Objects.requireNonNull(plan, "plan == null");
        Objects.requireNonNull(event, "event == null");
    }
}
