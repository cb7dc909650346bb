package org.sendtracker.http.web.dashboard;

import java.util.List;

/**
 * One of the dashboard's lists as shown: its first rows (all of them when the list is shown whole),
 * how many there are in all, and where to see the rest.
 *
 * @param rows the rows shown, most urgent first
 * @param count how many the list holds in all; {@link #UNKNOWN} when only "more than the rows
 *     shown" is known (counting them would mean reading them all)
 * @param allHref the dashboard with this list shown whole, when it holds more than is shown; null
 *     otherwise
 * @param firstHref the dashboard with this list cut to its first rows again, when it is shown whole
 *     and would be cut; null otherwise
 */
public record Shown<T>(List<T> rows, int count, String allHref, String firstHref) {

    public static final int UNKNOWN = -1;

    public Shown {
        rows = List.copyOf(rows);
    }

    /**
     * {@code all}, cut to its first {@code first} rows unless {@code whole}; the hrefs ask for it
     * whole, or cut again.
     */
    static <T> Shown<T> of(
            List<T> all, int first, boolean whole, String allHref, String firstHref) {
        boolean cut = all.size() > first;
        return new Shown<>(
                whole || !cut ? all : all.subList(0, first),
                all.size(),
                cut && !whole ? allHref : null,
                cut && whole ? firstHref : null);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Whether {@link #count} says how many there are. */
    public boolean countKnown() {
        return count != UNKNOWN;
    }

    /** Whether more rows exist than are shown. */
    public boolean more() {
        return allHref != null;
    }

    /** "12 deadlines", "1 deadline", or "more than 25 inspections" when the count is not known. */
    public String counted(String one, String many) {
        if (count == UNKNOWN) {
            return "more than " + rows.size() + " " + many;
        }
        return count + " " + (count == 1 ? one : many);
    }
}
