package org.sendtracker.http.web.improvement;

import java.util.Map;
import java.util.Optional;

/**
 * How the timeline names an improvement plan's entries (docs/boards.md): in words, as it names an
 * officer's steps, never by their stored type. The entry's summary says what changed ("Board added:
 * SEND Improvement Board; reports due …").
 */
public final class PlanEntryTitles {

    private static final Map<String, String> TITLES =
            Map.of(
                    "BOARD_SAVED", "Board saved",
                    "BOARD_REPORT_PRESENTED", "Board report presented",
                    "ACTION_ADDED", "Action added",
                    "ACTION_UPDATED", "Action changed",
                    "MEASURE_ADDED", "Measure added",
                    "MEASURE_UPDATED", "Measure changed",
                    "MEASURE_VALUE_RECORDED", "Measure value recorded",
                    "BOARD_REMOVED", "Board removed",
                    "ACTION_REMOVED", "Action removed",
                    "MEASURE_REMOVED", "Measure removed");

    private PlanEntryTitles() {}

    /** The title of a plan entry of this stored type; empty for any other entry. */
    public static Optional<String> of(String type) {
        return Optional.ofNullable(TITLES.get(type));
    }
}
