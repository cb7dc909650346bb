package org.sendtracker.reminders.model;

import java.time.LocalDate;
import java.util.Objects;
import org.sendtracker.inspection.model.Deadline;

/**
 * An email the workflow owes an area: a deadline's reminder at one of its points, or the
 * preparation notice that follows a recorded revisit (or monitoring inspection) notification.
 * {@link #key()} makes it at most once: the ledger accepts each key one time only.
 */
public sealed interface Notice {

    String key();

    LocalDate date();

    /**
     * A reminder of {@code deadline} at {@code point}; the due date is in the key, so a moved
     * deadline is reminded afresh.
     */
    record DeadlineReminder(Deadline deadline, ReminderPoint point) implements Notice {
        public DeadlineReminder {
            Objects.requireNonNull(deadline, "deadline == null");
            Objects.requireNonNull(point, "point == null");
        }

        @Override
        public String key() {
            return "REMINDER#" + deadline.id() + "#" + deadline.dueOn() + "#" + point.id();
        }

        @Override
        public LocalDate date() {
            return point.date();
        }
    }

    /** Inspectors have given notice: what happens when, sent once per notified visit. */
    record VisitPreparation(
            String visit, LocalDate notifiedOn, LocalDate startsOn, LocalDate reportExpected)
            implements Notice {
        public VisitPreparation {
            Objects.requireNonNull(visit, "visit == null");
            Objects.requireNonNull(notifiedOn, "notifiedOn == null");
            Objects.requireNonNull(startsOn, "startsOn == null");
        }

        @Override
        public String key() {
            return "PREPARE#" + visit + "#" + startsOn;
        }

        @Override
        public LocalDate date() {
            return notifiedOn;
        }
    }
}
