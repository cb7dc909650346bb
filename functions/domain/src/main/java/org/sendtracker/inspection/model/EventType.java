package org.sendtracker.inspection.model;

import java.util.Optional;

/** What an officer can record about an inspection. */
public enum EventType {
    REPORT_RECEIVED("Report received", "the date the report was received"),
    WSOA_SUBMITTED("WSoA submitted", "the date the WSoA was submitted"),
    WSOA_DECISION("WSoA decision", "the date of the decision"),
    MONITORING_VISIT("DfE and NHS England monitoring visit", "the date of the monitoring visit"),
    REVISIT_NOTIFIED("Revisit notified", "the date the notice was given"),
    REVISIT_OUTCOME("Revisit outcome", "the date the revisit report was received"),
    APP_SUBMITTED(
            "Accelerated Progress Plan submitted",
            "the date the Accelerated Progress Plan was submitted"),
    PROGRESS_REVIEW_HELD(
            "Formal progress review held", "the date the formal progress review was held"),
    STRATEGIC_PLAN_PUBLISHED(
            "Strategic plan published", "the date the strategic plan was published"),
    PRIORITY_ACTION_PLAN_SUBMITTED(
            "Priority action plan submitted", "the date the priority action plan was submitted"),
    PRIORITY_ACTION_PLAN_PUBLISHED(
            "Priority action plan published", "the date the priority action plan was published"),
    ENGAGEMENT_MEETING_HELD("Engagement meeting held", "the date the engagement meeting was held"),
    MONITORING_INSPECTION_NOTIFIED(
            "Monitoring inspection notified", "the date the notice was given"),
    MONITORING_INSPECTION_OUTCOME(
            "Monitoring inspection outcome",
            "the date the monitoring inspection report was received"),
    NEXT_INSPECTION_NOTIFIED(
            "Next full inspection notified", "the date the next full inspection was notified"),
    DEADLINE_OVERRIDDEN("Deadline overridden", "the date of the change");

    private final String label;
    private final String dateLabel;

    EventType(String label, String dateLabel) {
        this.label = label;
        this.dateLabel = dateLabel;
    }

    public String label() {
        return label;
    }

    /** How the event's {@code on} date is named in messages: "the date the report was received". */
    public String dateLabel() {
        return dateLabel;
    }

    public static Optional<EventType> parse(String name) {
        for (EventType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
