package org.sendtracker.http.web.inspection;

import java.util.List;
import org.sendtracker.http.web.layout.Layout;

/**
 * "Are you sure?" before a step that would close the inspection: what it would do, the deadlines
 * already missed that closing leaves on the record as overdue ({@code stillOverdue}, "Board report,
 * due 30 November 2027"), and the same form again (every field it carried, hidden) with the
 * confirmation added.
 */
public record ConfirmClosingPage(
        Layout layout,
        String action,
        String cancelHref,
        String step,
        List<String> stillOverdue,
        List<Hidden> fields) {

    /** A field of the form being confirmed, posted again as it was. */
    public record Hidden(String name, String value) {}
}
