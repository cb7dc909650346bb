package org.sendtracker.rules;

/**
 * What a deadline is for. Its rule (offset, owner, source) lives in the rule book, not here. The
 * labels are the names pages, emails, exports and calendars use (docs/glossary.md).
 */
public enum DeadlineKind {
    WSOA_SUBMISSION("Written Statement of Action submission"),
    WSOA_RESUBMISSION("Written Statement of Action resubmission"),
    MONITORING_REVIEW("DfE and NHS England monitoring visit"),
    REVISIT("Ofsted and CQC revisit"),
    /** The revisit's report, which Ofsted and CQC send some weeks after the revisit. */
    REVISIT_REPORT("Ofsted and CQC revisit report"),
    APP_SUBMISSION("Accelerated Progress Plan submission"),
    PROGRESS_REVIEW("Formal progress review"),
    STRATEGIC_PLAN_UPDATE("Strategic plan update and publication"),
    PRIORITY_ACTION_PLAN_SUBMISSION("Priority action plan submission"),
    PRIORITY_ACTION_PLAN_PUBLICATION("Priority action plan publication"),
    MONITORING_INSPECTION("Monitoring inspection"),
    ENGAGEMENT_MEETING("Annual engagement meeting"),
    NEXT_FULL_INSPECTION("Next full inspection"),
    /** A report due to a board at its cadence (docs/boards.md). */
    BOARD_REPORT("Board report");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
