package org.sendtracker.improvement.model;

import org.sendtracker.shared.Labelled;

/** What an action's owner last reported; whether it is late follows from the dates. */
public enum ActionProgress implements Labelled {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETE("Complete");

    private final String label;

    ActionProgress(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
