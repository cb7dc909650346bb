package org.sendtracker.inspection.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The dates that matter in an inspection's life, each under the name officers see ("WSoA
 * accepted"), in the order they were first recorded: an immutable value ({@link
 * Inspection#keyDates()}). The names are the constants below. How they are stored (a JSON object of
 * name to ISO date) is the infrastructure's business.
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

    private static final KeyDates NONE = new KeyDates(new LinkedHashMap<>());

    private final Map<String, LocalDate> dates;

    private KeyDates(LinkedHashMap<String, LocalDate> dates) {
        this.dates = Collections.unmodifiableMap(dates);
    }

    /** No key dates yet: a new inspection. */
    public static KeyDates none() {
        return NONE;
    }

    /**
     * These dates with {@code name} set to {@code date}: a name already set keeps its place and
     * takes the new date.
     */
    public KeyDates with(String name, LocalDate date) {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(date, "date == null");
        LinkedHashMap<String, LocalDate> next = new LinkedHashMap<>(dates);
        next.put(name, date);
        return new KeyDates(next);
    }

    /** The date recorded under {@code name}, or null when there is none. */
    public LocalDate get(String name) {
        return dates.get(name);
    }

    public boolean has(String name) {
        return dates.containsKey(name);
    }

    /** The names set, in the order first recorded. */
    public List<String> names() {
        return List.copyOf(dates.keySet());
    }

    /** Each name and its date, in the order first recorded. */
    public void forEach(BiConsumer<String, LocalDate> action) {
        dates.forEach(action);
    }

    public boolean isEmpty() {
        return dates.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyDates that && dates.equals(that.dates);
    }

    @Override
    public int hashCode() {
        return dates.hashCode();
    }

    @Override
    public String toString() {
        return dates.toString();
    }
}
