package org.sendtracker.http.web.improvement;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.BiFunction;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.layout.NotFoundPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;

/**
 * Who may use a page that changes an inspection's improvement plan (its forms and its removal
 * pages): someone who may not see the inspection gets the not-found page, as for one that does not
 * exist; someone who may see but not edit its area, the forbidden page; an editor, the page.
 */
@Singleton
final class PlanEditing {

    private final InspectionService inspections;
    private final Pages pages;

    PlanEditing(InspectionService inspections, Pages pages) {
        this.inspections = inspections;
        this.pages = pages;
    }

    MutableHttpResponse<?> asEditor(
            HttpRequest<?> request,
            Caller caller,
            String id,
            BiFunction<Inspection, Actor, MutableHttpResponse<?>> then) {
        Optional<Inspection> found =
                inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
        if (found.isEmpty()) {
            return notFound(request, "There is no inspection '" + id + "'.");
        }
        return caller.toEdit(
                        found.get().areaId().value(),
                        () -> new Rejection.NotFound("There is no inspection '" + id + "'"))
                .fold(
                        actor -> then.apply(found.get(), actor),
                        cannot -> pages.forbidden(request, cannot));
    }

    MutableHttpResponse<?> notFound(HttpRequest<?> request, String message) {
        return pages.notFound(request, "Page not found", message);
    }

    /**
     * A board, action or measure not on the plan of an inspection that is: the not-found page, with
     * a link back to the plan.
     */
    MutableHttpResponse<?> noItem(HttpRequest<?> request, String inspectionId, String message) {
        return pages.notFound(
                request,
                "Page not found",
                message,
                new NotFoundPage.Link(
                        "/inspections/" + inspectionId + "/plan", "Go to the improvement plan"));
    }
}
