package org.sendtracker.inspection.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sendtracker.inspection.model.EventDetails;

/**
 * Between a request's input (the map the readers check field by field) and the typed {@link
 * EventDetails} an audit entry keeps it as: the same names and values, in the same order.
 */
public final class EventInputs {

    private EventInputs() {}

    /** The input as an audit entry keeps it. */
    public static EventDetails details(Map<String, ?> input) {
        EventDetails.Builder details = EventDetails.builder();
        input.forEach(details::put);
        return details.build();
    }

    /** The details as the readers take them (lists and nested objects as given). */
    public static Map<String, Object> map(EventDetails details) {
        Map<String, Object> input = new LinkedHashMap<>();
        details.forEach(input::put);
        return input;
    }
}
