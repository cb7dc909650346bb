package org.sendtracker.inspection.model;

/** Progress on one area of weakness, shown as a RAG tag. */
public enum WeaknessStatus {
    NOT_STARTED("Not started", "grey"),
    ON_TRACK("On track", "green"),
    DELAYED("Delayed", "red"),
    COMPLETE("Complete", "blue");

    private final String label;
    private final String colour;

    WeaknessStatus(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String colour() {
        return colour;
    }
}
