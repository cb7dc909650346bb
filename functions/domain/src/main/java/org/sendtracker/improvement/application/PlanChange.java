package org.sendtracker.improvement.application;

import java.util.Objects;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * A change to an improvement plan as it was answered, kept under its {@code Idempotency-Key} so a
 * retried request gets the same answer; {@code fingerprint} tells a retry from another request
 * reusing the key.
 */
public record PlanChange(
        String key, String fingerprint, ImprovementPlan plan, RecordedEvent event) {

    public PlanChange {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        Objects.requireNonNull(plan, "plan == null");
        Objects.requireNonNull(event, "event == null");
    }
}
