package org.sendtracker.http.web.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.http.web.layout.SafeReturnPath;

/**
 * {@code /inspections/new}: the form to record an inspection, for someone who may edit an area; it
 * posts to {@link NewInspectionPagesController}.
 */
@Controller("/inspections")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class NewInspectionFormController {

    private final InspectionViews views;
    private final Pages pages;

    NewInspectionFormController(InspectionViews views, Pages pages) {
        this.views = views;
        this.pages = pages;
    }

    @Get("/new")
    MutableHttpResponse<?> newInspection(
            HttpRequest<?> request,
            @Nullable @QueryValue String areaId,
            @Nullable @QueryValue String returnTo) {
        if (!pages.caller(request).access().editsAnything()) {
            return pages.forbidden(
                    request,
                    "Recording an inspection needs editor access to its area: ask an administrator.");
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        if (areaId != null) {
            defaults.put("areaId", areaId);
        }
        if (returnTo != null) {
            defaults.put(NewInspectionPage.RETURN_TO, SafeReturnPath.of(returnTo));
        }
        return views.newInspection(
                request, HttpStatus.OK, InspectionViews.NEW_INSPECTION.fresh(defaults, null));
    }
}
