package org.sendtracker.report.model;

import org.sendtracker.inspection.model.WeaknessStatus;

/**
 * The rating a board reads: red, amber, green, and blue for done (the "BRAG" scale councils' boards
 * use). Each area of weakness's status maps to one (docs/progress-report.md): delayed is red, not
 * started amber, on track green, complete blue.
 */
public enum Rag {
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green"),
    BLUE("Blue (complete)");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Rag of(WeaknessStatus status) {
        return switch (status) {
            case DELAYED -> RED;
            case NOT_STARTED -> AMBER;
            case ON_TRACK -> GREEN;
            case COMPLETE -> BLUE;
        };
    }
}
