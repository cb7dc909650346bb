package org.sendtracker.inspection.model;

import java.util.Objects;

/**
 * One pair of a lifecycle's date order: an event of type {@code later} must not be dated before the
 * key date {@code earlier} (docs/domain-rules.md §1.4). Only the pairs the rules need are listed;
 * any other two events may be recorded in any order of dates.
 */
public record DateOrder(EventType later, String earlier) {

    public DateOrder {
        Objects.requireNonNull(later, "later == null");
        Objects.requireNonNull(earlier, "earlier == null");
    }
}
