package org.sendtracker.access.model;

import org.sendtracker.shared.Labelled;

/**
 * A person's standing across the service (docs/security.md). The identity provider only proves who
 * someone is; what they may see and do is this role, kept in the tracker's own table and granted by
 * an administrator.
 */
public enum Role implements Labelled {
    /** Every area: registers areas, changes contacts, records events, grants access. */
    ADMINISTRATOR("Administrator"),
    /** DfE and NHS England advisers: read every area, change nothing. */
    NATIONAL_VIEWER("National viewer"),
    /** Only the areas granted, each as editor or viewer; none granted means no access yet. */
    AREAS("By area");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
