package org.sendtracker.improvement.model;

/**
 * An action's state on a given day, as a board paper shows it: an action finished after its due
 * date stays "complete (late)", as a deadline met late does.
 */
public enum ActionStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    OVERDUE("Overdue"),
    COMPLETE("Complete"),
    COMPLETE_LATE("Complete (late)");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isComplete() {
        return this == COMPLETE || this == COMPLETE_LATE;
    }
}
