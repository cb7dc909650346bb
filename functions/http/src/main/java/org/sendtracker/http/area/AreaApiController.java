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
import java.util.Map;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.http.support.Versions;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Result;

/** {@code /api/areas}: local area partnerships and the contacts reminders go to. */
@Controller("/api/areas")
@Consumes(MediaType.APPLICATION_JSON)
final class AreaApiController {

    private final AreaService areas;
    private final AreaResponses responses;
    private final JsonBody json;
    private final Callers callers;

    AreaApiController(AreaService areas, AreaResponses responses, JsonBody json, Callers callers) {
        this.areas = areas;
        this.responses = responses;
        this.json = json;
        this.callers = callers;
    }

    /**
     * Registering an area is an administrator's. With an {@code Idempotency-Key}, a retry of a
     * registration that went through (a timeout, a cold start) is answered with the area it
     * registered (200, {@code Idempotent-Replayed}) when it is on record exactly as asked; without
     * one, or asked otherwise, the clash is a 409.
     */
    @Post
    MutableHttpResponse<?> create(
            HttpRequest<?> request,
            @Nullable @Body String body,
            @Nullable @Header("Idempotency-Key") String key) {
        return ApiResponses.write(
                callers.require(request),
                caller ->
                        ApiResponses.respond(
                                caller.toAdminister()
                                        .flatMap(
                                                actor ->
                                                        json.parse(body)
                                                                .flatMap(
                                                                        input ->
                                                                                registered(
                                                                                        input,
                                                                                        actor,
                                                                                        key))),
                                registered -> {
                                    Area area = registered.value();
                                    return AreaResponses.withVersion(
                                                    registered.response(responses.view(area)), area)
                                            .header(
                                                    HttpHeaders.LOCATION,
                                                    "/api/areas/" + area.id().value());
                                }));
    }

    private Result<ApiResponses.Creation<Area>> registered(
            Map<String, Object> input, Actor actor, String key) {
        return ApiResponses.createdOrReplayed(
                areas.create(input, actor), key, () -> areas.sameAs(input));
    }

    /** The areas the caller may read. */
    @Get
    MutableHttpResponse<?> all(HttpRequest<?> request) {
        Caller caller = callers.require(request);
        return HttpResponse.ok(
                caller.readableAreas(areas).stream().map(AreaView.Summary::of).toList());
    }

    @Get("/{areaId}")
    MutableHttpResponse<?> get(HttpRequest<?> request, @PathVariable String areaId) {
        Caller caller = callers.require(request);
        return areas.find(areaId)
                .filter(a -> caller.canRead(a.id().value()))
                .<MutableHttpResponse<?>>map(
                        area ->
                                AreaResponses.withVersion(
                                        HttpResponse.ok(responses.view(area)), area))
                .orElseGet(() -> ApiResponses.refused(AreaResponses.noSuchArea(areaId)));
    }

    /** Changing an area's name and contacts is its editors' (and an administrator's). */
    @Put("/{areaId}")
    MutableHttpResponse<?> update(
            HttpRequest<?> request,
            @PathVariable String areaId,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return ApiResponses.write(
                callers.require(request),
                caller ->
                        ApiResponses.respond(
                                caller.toEdit(areaId, () -> AreaResponses.noSuchArea(areaId))
                                        .flatMap(
                                                actor ->
                                                        Versions.ifMatch(ifMatch)
                                                                .flatMap(
                                                                        version ->
                                                                                json.parse(body)
                                                                                        .flatMap(
                                                                                                input ->
                                                                                                        areas
                                                                                                                .update(
                                                                                                                        areaId,
                                                                                                                        input,
                                                                                                                        version,
                                                                                                                        actor)))),
                                area ->
                                        AreaResponses.withVersion(
                                                HttpResponse.ok(responses.view(area)), area)));
    }
}
