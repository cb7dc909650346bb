package org.sendtracker.improvement.model;

import org.sendtracker.shared.Labelled;

/**
 * How a board's reports fall due: every so many weeks or months from a date, or on listed dates.
 */
public enum CadenceKind implements Labelled {
    EVERY_WEEKS("Every so many weeks"),
    EVERY_MONTHS("Every so many months"),
    MEETING_DATES("On listed meeting dates");

    private final String label;

    CadenceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
