package org.sendtracker.http.web.area;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.layout.Pages;

/**
 * {@code /areas}: every area, and one area's contacts and inspections (registering one: {@link
 * AreaRegistrationController}). The pages are assembled by {@link AreaViews}.
 */
@Controller("/areas")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AreaPagesController {

    private final AreaService areas;
    private final AreaViews views;
    private final Pages pages;

    AreaPagesController(AreaService areas, AreaViews views, Pages pages) {
        this.areas = areas;
        this.views = views;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<?> all(HttpRequest<?> request) {
        return views.all(request);
    }

    @Get("/{areaId}")
    MutableHttpResponse<?> area(
            HttpRequest<?> request,
            @PathVariable String areaId,
            @Nullable @QueryValue String registered,
            @Nullable @QueryValue String changed,
            @Nullable @QueryValue String olderThan,
            @Nullable @QueryValue String changes) {
        Caller caller = pages.caller(request);
        return areas.find(areaId)
                .filter(a -> caller.canRead(a.id().value()))
                .<MutableHttpResponse<?>>map(
                        area ->
                                views.area(
                                        request,
                                        area,
                                        registered != null,
                                        changed != null,
                                        olderThan,
                                        "all".equals(changes)))
                .orElseGet(() -> views.notFound(request, areaId));
    }
}
