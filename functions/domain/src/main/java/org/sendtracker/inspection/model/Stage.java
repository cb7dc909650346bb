package org.sendtracker.inspection.model;

/**
 * Where an inspection is in its framework's lifecycle. Which events each stage accepts, and what
 * they lead to, is spelled out by {@link Lasend2016Lifecycle} and {@link AreaSend2023Lifecycle}.
 */
public enum Stage {
    AWAITING_REPORT("Awaiting report"),
    // LASEND_2016
    WSOA_DUE("Written Statement of Action due"),
    WSOA_UNDER_REVIEW("WSoA under review"),
    MONITORING("Monitoring"),
    REVISIT("Revisit"),
    ACCELERATED_PROGRESS("Accelerated progress"),
    // AREA_SEND_2023
    ACTION_PLAN_DUE("Priority action plan due"),
    MONITORING_INSPECTION("Monitoring inspection"),
    ENGAGEMENT("Between inspections"),
    CLOSED("Closed");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
