package org.sendtracker.improvement.model;

/** What a board is, as officers name it in their papers. */
public enum BoardKind {
    IMPROVEMENT_BOARD("Improvement board"),
    PARTNERSHIP_BOARD("SEND partnership board"),
    HEALTH_AND_WELLBEING_BOARD("Health and Wellbeing Board"),
    OTHER("Other board");

    private final String label;

    BoardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
