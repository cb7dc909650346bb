package org.sendtracker.rules;

/** How a rule counts from its anchor date. */
public enum OffsetUnit {
    WORKING_DAYS,
    CALENDAR_DAYS,
    WEEKS,
    MONTHS,
    YEARS,
    /**
     * The date is set by the inspectorate or DfE and recorded with the event; the rule only names
     * it.
     */
    SET_BY_EVENT
}
