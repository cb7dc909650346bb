package org.sendtracker.rules;

/**
 * Who sets a deadline's date, and so whose failure a missed one is (docs/domain-rules.md §1.4). The
 * council's own dates are chased when overdue and escalated to senior officers; a date Ofsted and
 * CQC, or DfE and NHS England, set is an expectation: shown as "Expected by", and once it has
 * passed with nothing recorded, "Not recorded yet", never "Overdue".
 */
public enum DateSetter {
    /** The local area partnership's to meet (a WSoA, a plan, its publication). */
    COUNCIL("the council"),
    /** Ofsted and CQC decide (a revisit, a monitoring inspection, a report). */
    INSPECTORATES("Ofsted and CQC"),
    /** DfE and NHS England decide (a quarterly review, a formal progress review). */
    DFE_NHSE("DfE and NHS England");

    private final String label;

    DateSetter(String label) {
        this.label = label;
    }

    /** Who, as a sentence names them: "Ofsted and CQC". */
    public String label() {
        return label;
    }

    /** Whether someone other than the council sets (and keeps) the date. */
    public boolean external() {
        return this != COUNCIL;
    }
}
