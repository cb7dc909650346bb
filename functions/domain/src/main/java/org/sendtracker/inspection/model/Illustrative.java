package org.sendtracker.inspection.model;

/**
 * The optional mark {@code "illustrative": true} on a recorded inspection or event: the step is an
 * example (a demonstration, a training record, a date the public record does not give), not an
 * account of what happened. It changes no rule; the pages show it, so a reader never mistakes an
 * example for the record. Kept with the event's input, as the audit trail keeps everything given.
 */
public final class Illustrative {

    public static final String FIELD = "illustrative";

    private Illustrative() {}

    /** Whether a recorded event's input carries the mark. */
    public static boolean isMarked(RecordedEvent event) {
        return isMarked(event.details());
    }

    /** Whether an event's input (as recorded, or as corrected) carries the mark. */
    public static boolean isMarked(EventDetails details) {
        return details.bool(FIELD).orElse(false);
    }
}
