package org.sendtracker.http.web.form;

import java.util.Objects;

/**
 * One question on a form: the name the domain reads it by ({@code on}, {@code statuses.2}: a dot
 * makes a nested object), how it is asked, and the label its own messages use ("the date the report
 * was received").
 */
public record FormField(String name, Kind kind, String label) {

    public enum Kind {
        /** Day, month and year boxes, sent on as an ISO date. */
        DATE,
        /** Yes/no radios, sent on as a boolean. */
        YES_NO,
        /** Radios or a select, sent on as the chosen value. */
        CHOICE,
        /** A text input or textarea. */
        TEXT,
        /** A textarea, one item a line, sent on as a list. */
        LINES
    }

    public FormField {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(label, "label == null");
    }

    public static FormField date(String name, String label) {
        return new FormField(name, Kind.DATE, label);
    }

    public static FormField yesNo(String name, String label) {
        return new FormField(name, Kind.YES_NO, label);
    }

    public static FormField choice(String name, String label) {
        return new FormField(name, Kind.CHOICE, label);
    }

    public static FormField text(String name, String label) {
        return new FormField(name, Kind.TEXT, label);
    }

    public static FormField lines(String name, String label) {
        return new FormField(name, Kind.LINES, label);
    }
}
