package org.sendtracker.access.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable entry of a person's access trail: the version it produced, who changed it (name and
 * subject id), when, and what changed, in a sentence.
 */
public record PersonChange(long version, String actor, String actorId, Instant at, String summary) {

    public PersonChange {
        Objects.requireNonNull(actor, "actor == null");
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(summary, "summary == null");
    }

    /** What differs between two versions, or "" when nothing does. */
    public static String difference(Person before, Person after) {
        StringBuilder text = new StringBuilder();
        if (!before.name().equals(after.name())) {
            text.append("Name changed from ")
                    .append(before.name())
                    .append(" to ")
                    .append(after.name())
                    .append(". ");
        }
        if (!before.email().equals(after.email())) {
            text.append("Email changed from ")
                    .append(before.email().isEmpty() ? "none" : before.email())
                    .append(" to ")
                    .append(after.email().isEmpty() ? "none" : after.email())
                    .append(". ");
        }
        if (!before.access().equals(after.access())) {
            text.append("Access changed from ")
                    .append(before.access().describe())
                    .append(" to ")
                    .append(after.access().describe())
                    .append(".");
        }
        return text.toString().strip();
    }
}
