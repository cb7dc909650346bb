package org.sendtracker.inspection.model;

/**
 * The names of an inspection's key dates, as shown to officers and kept in {@link
 * Inspection#keyDates()}.
 */
public final class KeyDates {

    public static final String REPORT_RECEIVED = "Report received";
    public static final String REPORT_PUBLISHED = "Report published";
    public static final String WSOA_SUBMITTED = "WSoA submitted";
    public static final String WSOA_NOT_FIT = "WSoA judged not fit for purpose";
    public static final String WSOA_ACCEPTED = "WSoA accepted";
    public static final String LAST_MONITORING_VISIT = "Last monitoring visit";
    public static final String REVISIT_NOTIFIED = "Revisit notified";
    public static final String REVISIT_STARTS = "Revisit starts";
    public static final String REVISIT_REPORT_EXPECTED = "Revisit report expected";
    public static final String REVISIT_REPORT_RECEIVED = "Revisit report received";
    public static final String REVISIT_REPORT_PUBLISHED = "Revisit report published";
    public static final String APP_SUBMITTED = "Accelerated Progress Plan submitted";
    public static final String PROGRESS_REVIEW_HELD = "Progress review held";
    public static final String STRATEGIC_PLAN_PUBLISHED = "Strategic plan published";
    public static final String PRIORITY_ACTION_PLAN_SUBMITTED = "Priority action plan submitted";
    public static final String PRIORITY_ACTION_PLAN_PUBLISHED = "Priority action plan published";
    public static final String MONITORING_INSPECTION_NOTIFIED = "Monitoring inspection notified";
    public static final String MONITORING_INSPECTION_STARTS = "Monitoring inspection starts";
    public static final String MONITORING_INSPECTION_REPORT_RECEIVED =
            "Monitoring inspection report received";
    public static final String LAST_ENGAGEMENT_MEETING = "Last engagement meeting";
    public static final String NEXT_INSPECTION_NOTIFIED = "Next full inspection notified";

    private KeyDates() {}
}
