package org.sendtracker.inspection.application;

import java.util.Optional;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Rejection;

/**
 * The refusals of a write to an inspection that another write beat, or of an Idempotency-Key used
 * again for a different request: one wording for every service that writes an inspection (its
 * events, its improvement plan).
 */
public final class LostRace {

    private LostRace() {}

    /**
     * After a conditional write failed: 412 (stale version) when the caller named the version it
     * read, else 409, each with the inspection's version now.
     */
    public static Rejection refusal(
            Inspections inspections, Inspection current, Optional<Long> expectedVersion) {
        long now =
                inspections.find(current.id()).map(Inspection::version).orElse(current.version());
        if (expectedVersion.isPresent()) {
            return new Rejection.StaleVersion(expectedVersion.get(), now);
        }
        return new Rejection.Conflict(
                "Someone else changed this inspection while you were saving (it is now version "
                        + now
                        + "): reload it and try again");
    }

    /** An Idempotency-Key already used for a different request on this inspection. */
    public static Rejection keyReused(String key) {
        return new Rejection.Conflict(
                "The Idempotency-Key '"
                        + key
                        + "' was already used for a different request on this inspection");
    }

    /**
     * Whether {@code rejection} refused {@code key} as already used for a different request: a form
     * sent again from the same page (Back, another answer, send) is stale, not a misused header.
     */
    public static boolean isKeyReused(Rejection rejection, String key) {
        return key != null && rejection.equals(keyReused(key));
    }
}
