package org.sendtracker.shared;

/**
 * A code with the words officers use for it: a refusal of a code not offered lists each one with
 * its words ({@link Codes#inWords}), so a caller of the API reads what each means.
 */
public interface Labelled {

    /** The words for this code, capitalised for a table cell or the start of a sentence. */
    String label();
}
