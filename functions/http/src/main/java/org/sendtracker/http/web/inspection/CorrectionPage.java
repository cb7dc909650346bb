package org.sendtracker.http.web.inspection;

import java.util.List;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.layout.Layout;

/**
 * "Change" or "Withdraw" one recorded step (docs/corrections-plan.md): the step as it stands, its
 * dates (and a 2023 report's outcome and areas for priority action, {@code asksOutcome}) as a form
 * (to change) or a warning (to withdraw), and the reason, which the timeline keeps.
 */
public record CorrectionPage(
        Layout layout,
        String inspectionHref,
        String action,
        String heading,
        String step,
        boolean withdraw,
        FormState form,
        List<DateQuestion> dates,
        boolean asksOutcome) {

    /** One of the step's dates, as a question: {@code fields.on}. */
    public record DateQuestion(String name, String legend, String hint) {}
}
