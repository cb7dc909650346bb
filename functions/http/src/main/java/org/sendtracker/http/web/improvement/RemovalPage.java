package org.sendtracker.http.web.improvement;

import java.util.List;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.layout.Layout;

/**
 * "Are you sure?" before a board, an action or a measure is taken off the improvement plan
 * (docs/boards.md): what it is, what removing it does, and a form that posts the removal with the
 * version the page was shown from and a fresh idempotency key.
 */
public record RemovalPage(
        Layout layout,
        String caption,
        String heading,
        List<Row> rows,
        String warning,
        String blocked,
        List<Link> fixes,
        String action,
        String cancelHref,
        String button,
        FormState form,
        List<Problem> problems) {

    /** One line of what is to be removed: "Owner", "Head of SEND". */
    public record Row(String key, String value) {}

    /** Where to put right what stands in the way of the removal. */
    public record Link(String text, String href) {}
}
