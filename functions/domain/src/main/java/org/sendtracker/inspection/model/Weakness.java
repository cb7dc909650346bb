package org.sendtracker.inspection.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An area of significant weakness named in the report: numbered, titled, with the history of its
 * status and, after a revisit or monitoring inspection, the judgement on its progress.
 */
public record Weakness(
        int number,
        String title,
        List<StatusChange> history,
        Boolean sufficientProgress,
        LocalDate judgedOn) {

    public record StatusChange(LocalDate on, WeaknessStatus status) {
        public StatusChange {
            Objects.requireNonNull(on, "on == null");
            Objects.requireNonNull(status, "status == null");
        }
    }

    public Weakness {
        Objects.requireNonNull(title, "title == null");
        history = List.copyOf(history);
        if (number < 1) {
            throw new IllegalArgumentException("number < 1: " + number);
        }
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a weakness starts with a status");
        }
    }

    public static Weakness identified(int number, String title, LocalDate on) {
        return new Weakness(
                number,
                title,
                List.of(new StatusChange(on, WeaknessStatus.NOT_STARTED)),
                null,
                null);
    }

    public WeaknessStatus status() {
        return history.get(history.size() - 1).status();
    }

    public Weakness withStatus(LocalDate on, WeaknessStatus status) {
        List<StatusChange> changed = new ArrayList<>(history);
        changed.add(new StatusChange(on, status));
        return new Weakness(number, title, changed, sufficientProgress, judgedOn);
    }

    public Weakness judged(boolean sufficient, LocalDate on) {
        return new Weakness(number, title, history, sufficient, on);
    }
}
