package org.sendtracker.improvement.model;

/**
 * How a board's reports fall due: every so many weeks or months from a date, or on listed dates.
 */
public enum CadenceKind {
    EVERY_WEEKS("Every so many weeks"),
    EVERY_MONTHS("Every so many months"),
    MEETING_DATES("On listed meeting dates");

    private final String label;

    CadenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
