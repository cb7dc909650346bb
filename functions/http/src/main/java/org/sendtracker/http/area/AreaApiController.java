package org.sendtracker.http.area;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.support.Actors;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.http.support.Versions;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.model.ContactGap;
import org.sendtracker.shared.Rejection;

import java.util.List;

/** {@code /api/areas}: local area partnerships and the contacts reminders go to. */
@Controller("/api/areas")
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
final class AreaApiController {

    private final AreaService areas;
    private final InspectionService inspections;
    private final JsonBody json;
    private final Actors actors;

    AreaApiController(AreaService areas, InspectionService inspections, JsonBody json, Actors actors) {
        this.areas = areas;
        this.inspections = inspections;
        this.json = json;
        this.actors = actors;
    }

    @Post
    MutableHttpResponse<?> create(HttpRequest<?> request, @Nullable @Body String body) {
        return ApiResponses.respond(actors.of(request).flatMap(actor -> json.parse(body).flatMap(input -> areas.create(input, actor))),
                area -> withVersion(HttpResponse.created(view(area)), area)
                        .header(HttpHeaders.LOCATION, "/api/areas/" + area.id().value()));
    }

    @Get
    MutableHttpResponse<?> all() {
        return HttpResponse.ok(areas.all().stream().map(AreaView.Summary::of).toList());
    }

    @Get("/{areaId}")
    MutableHttpResponse<?> get(@PathVariable String areaId) {
        return areas.find(areaId)
                .<MutableHttpResponse<?>>map(area -> withVersion(HttpResponse.ok(view(area)), area))
                .orElseGet(() -> ApiResponses.refused(new Rejection.NotFound("There is no area '" + areaId + "'")));
    }

    @Put("/{areaId}")
    MutableHttpResponse<?> update(HttpRequest<?> request, @PathVariable String areaId, @Nullable @Body String body,
                                  @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return ApiResponses.respond(actors.of(request).flatMap(actor -> Versions.ifMatch(ifMatch)
                        .flatMap(version -> json.parse(body).flatMap(input -> areas.update(areaId, input, version, actor)))),
                area -> withVersion(HttpResponse.ok(view(area)), area));
    }

    private AreaView view(Area area) {
        List<Inspection> its = inspections.inArea(area.id().value()).orElseThrow();
        return AreaView.of(area, ContactGap.of(area, its), areas.changes(area.id().value()));
    }

    private static MutableHttpResponse<?> withVersion(MutableHttpResponse<?> response, Area area) {
        return response.header(HttpHeaders.ETAG, Versions.etag(area.version()));
    }
}
