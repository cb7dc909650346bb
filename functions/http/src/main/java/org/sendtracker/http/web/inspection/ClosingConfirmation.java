package org.sendtracker.http.web.inspection;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.http.security.AntiForgery;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.inspection.ConfirmClosingPage.Hidden;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.shared.Dates;

/**
 * Asks "Are you sure?" before any form post that would close an inspection (issue 10): the step is
 * decided first without being stored ({@link InspectionService#preview}); if it would close the
 * inspection and the form does not carry {@code confirmed=yes}, the answer is a confirmation page
 * that posts the same fields again with it. Anything the step would be refused for is left to the
 * real recording, which answers as it always does.
 */
@Singleton
final class ClosingConfirmation {

    static final String CONFIRMED = "confirmed";

    private final InspectionService inspections;
    private final Pages pages;

    ClosingConfirmation(InspectionService inspections, Pages pages) {
        this.inspections = inspections;
        this.pages = pages;
    }

    /**
     * The confirmation page, when {@code input} would close {@code current} and {@code data} (the
     * form as posted to {@code action}) has not confirmed it yet.
     */
    Optional<MutableHttpResponse<?>> ask(
            HttpRequest<?> request,
            Inspection current,
            Map<String, Object> input,
            FormData data,
            String action,
            String step) {
        if ("yes".equals(data.first(CONFIRMED)) || current.stage() == Stage.CLOSED) {
            return Optional.empty();
        }
        Optional<Inspection> closed =
                inspections
                        .preview(current, input)
                        .fold(
                                next ->
                                        next.stage() == Stage.CLOSED
                                                ? Optional.of(next)
                                                : Optional.<Inspection>empty(),
                                refused -> Optional.<Inspection>empty());
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        // a date missed before the step stays on the record (docs/domain-rules.md §1.4): say which
        List<String> stillOverdue =
                closed.get().outstandingDeadlines().stream()
                        .filter(d -> !d.external())
                        .map(d -> Board.nameOf(d) + ", due " + Dates.format(d.dueOn()))
                        .toList();
        List<Hidden> fields = new ArrayList<>();
        data.all()
                .forEach(
                        (name, values) -> {
                            if (!name.equals(AntiForgery.FIELD) && !name.equals(CONFIRMED)) {
                                values.forEach(value -> fields.add(new Hidden(name, value)));
                            }
                        });
        String heading = "Are you sure you want to close this inspection?";
        return Optional.of(
                Pages.render(
                        "confirmClosing",
                        new ConfirmClosingPage(
                                pages.layout(request, heading, false),
                                action,
                                "/inspections/" + current.id().value(),
                                step,
                                stillOverdue,
                                fields)));
    }
}
