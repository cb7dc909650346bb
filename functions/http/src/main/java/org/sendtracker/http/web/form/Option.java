package org.sendtracker.http.web.form;

/** One choice of a radios group or select: the value sent, the label shown, an optional hint. */
public record Option(String value, String label, String hint) {

    public static Option of(String value, String label) {
        return new Option(value, label, null);
    }
}
