package org.sendtracker.area.model;

import org.sendtracker.shared.Labelled;

/**
 * The roles reminders are addressed to. Each deadline rule names the role that owns it and the
 * senior roles an overdue deadline escalates to.
 */
public enum ContactRole implements Labelled {
    LEAD_OFFICER("Lead officer"),
    DIRECTOR_OF_CHILDRENS_SERVICES("Director of children's services"),
    NHS_LEAD("NHS lead"),
    CHIEF_EXECUTIVE("Chief executive"),
    PARENT_CARER_FORUM("Parent carer forum");

    private final String label;

    ContactRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The label inside a sentence: "lead officer", but "NHS lead". */
    public String labelInSentence() {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
