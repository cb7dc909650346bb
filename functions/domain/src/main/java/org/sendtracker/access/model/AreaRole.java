package org.sendtracker.access.model;

/** What a person may do in one area granted to them. */
public enum AreaRole {
    /** Records events and changes the area's contacts. */
    EDITOR("Editor"),
    /** Reads the area's records and changes nothing. */
    VIEWER("Viewer");

    private final String label;

    AreaRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
