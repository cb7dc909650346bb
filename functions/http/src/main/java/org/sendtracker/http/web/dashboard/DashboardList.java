package org.sendtracker.http.web.dashboard;

import java.util.Arrays;
import java.util.Optional;
import org.sendtracker.http.web.deadline.DueDeadlines;

/**
 * The dashboard's lists that grow with the data: each shows its first {@link #FIRST_ROWS} rows,
 * most urgent first, and links to itself shown whole ({@code ?all=overdue}, the filters kept), as
 * the area page links to every change ({@code ?changes=all}).
 */
enum DashboardList {
    OVERDUE("overdue"),
    UPCOMING("upcoming"),
    MET_LATE("met-late"),
    INSPECTIONS("inspections"),
    MISSING_CONTACTS("missing-contacts");

    /**
     * How many rows a list shows before "Show all": a screenful or two of the most urgent, enough
     * for a national view on a normal day (about one open inspection per area at most), few enough
     * that the page costs the same with ten times the data (docs/performance.md, "Scale").
     */
    static final int FIRST_ROWS = 25;

    private final String value;

    DashboardList(String value) {
        this.value = value;
    }

    /** The list {@code ?all=} names; none (every list cut) for anything else, as the filters do. */
    static Optional<DashboardList> of(String all) {
        return Arrays.stream(values()).filter(list -> list.value.equals(all)).findFirst();
    }

    /** The dashboard, with the same filters, showing this list whole, at the list. */
    String allHref(DueDeadlines.Filter filter) {
        return "/" + filter.query() + "&all=" + value + "#" + value;
    }

    /** The dashboard, with the same filters, showing this list's first rows again, at the list. */
    String firstHref(DueDeadlines.Filter filter) {
        return "/" + filter.query() + "#" + value;
    }
}
