package org.sendtracker.http.web.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Optional;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;

/**
 * {@code /inspections/{id}}: see an inspection (recording one is {@link
 * NewInspectionPagesController}'s, what happened to it {@link InspectionEventsController}'s). Every
 * POST goes through the same application service, with the same input map, as the JSON API; the
 * form carries the version it was rendered from (a stale one is refused) and a fresh idempotency
 * key (a double submit records once). Success redirects (POST-redirect-GET); a refusal shows the
 * page again with the form as typed and an error summary linking to each field in error.
 */
@Controller("/inspections")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class InspectionPagesController {

    private final InspectionService inspections;
    private final InspectionPages inspectionPages;
    private final InspectionViews views;
    private final Pages pages;

    InspectionPagesController(
            InspectionService inspections,
            InspectionPages inspectionPages,
            InspectionViews views,
            Pages pages) {
        this.inspections = inspections;
        this.inspectionPages = inspectionPages;
        this.views = views;
        this.pages = pages;
    }

    @Get("/{id}")
    MutableHttpResponse<?> inspection(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @QueryValue String recorded,
            @Nullable @QueryValue String created) {
        Caller caller = pages.caller(request);
        Optional<Inspection> found =
                inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
        if (found.isEmpty()) {
            return views.notFound(request, id);
        }
        String banner =
                created != null
                        ? "Inspection recorded. When the report arrives, record it below."
                        : recorded != null
                                ? inspectionPages.latestSummary(found.get(), recorded).orElse(null)
                                : null;
        return views.inspection(
                request, HttpStatus.OK, found.get(), Optional.empty(), List.of(), banner);
    }
}
