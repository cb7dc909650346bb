package org.sendtracker.improvement.model;

import org.sendtracker.shared.Labelled;

/** What a board is, as officers name it in their papers. */
public enum BoardKind implements Labelled {
    IMPROVEMENT_BOARD("Improvement board"),
    PARTNERSHIP_BOARD("SEND partnership board"),
    HEALTH_AND_WELLBEING_BOARD("Health and Wellbeing Board"),
    OTHER("Other board");

    private final String label;

    BoardKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
