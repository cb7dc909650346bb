package org.sendtracker.rules;

import org.sendtracker.shared.Labelled;

/** The inspection framework in force for an inspection; it decides the lifecycle and the rules. */
public enum Framework implements Labelled {
    /** Local area SEND inspections, May 2016 – December 2022. */
    LASEND_2016,
    /** Area SEND inspections, from January 2023. */
    AREA_SEND_2023;

    /**
     * The framework as officers name it, capitalised for the start of a sentence or a table cell;
     * pages, emails and exports all use this, never the enum's code (docs/domain-rules.md).
     */
    @Override
    public String label() {
        return switch (this) {
            case LASEND_2016 -> "Local area SEND inspection (2016 framework)";
            case AREA_SEND_2023 -> "Area SEND inspection (2023 framework)";
        };
    }

    /** The label inside a sentence: "a local area SEND inspection (2016 framework)" reads on. */
    public String labelInSentence() {
        String label = label();
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** "a local area SEND inspection (2016 framework)", "an area SEND inspection (2023 …)". */
    public String labelWithArticle() {
        String label = labelInSentence();
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
