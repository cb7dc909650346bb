package org.sendtracker.improvement.model;

/** What an action's owner last reported; whether it is late follows from the dates. */
public enum ActionProgress {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETE("Complete");

    private final String label;

    ActionProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
