package org.sendtracker.inspection.application;

import java.util.Objects;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * What the first request with an {@code Idempotency-Key} produced, kept so a retry gets the same
 * answer and records nothing twice. {@code fingerprint} tells a true retry from a reused key.
 */
public record IdempotentResult(
        String key, String fingerprint, Inspection result, RecordedEvent event) {

    public IdempotentResult {
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(fingerprint, "fingerprint == null");
        Objects.requireNonNull(result, "result == null");
        Objects.requireNonNull(event, "event == null");
    }
}
