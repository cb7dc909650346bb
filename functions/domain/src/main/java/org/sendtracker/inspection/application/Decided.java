package org.sendtracker.inspection.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sendtracker.inspection.model.Inspection;

/**
 * An event decided and ready to store: the next state, and its audit entry's date, sentence and
 * details (an officer's step keeps its input as given; a correction or withdrawal keeps what it
 * replaced and why, and has no date of its own in the world).
 */
record Decided(Inspection next, LocalDate on, String summary, Map<String, Object> details) {

    Decided {
        Objects.requireNonNull(next, "next == null");
        Objects.requireNonNull(summary, "summary == null");
        details = new LinkedHashMap<>(details);
    }
}
