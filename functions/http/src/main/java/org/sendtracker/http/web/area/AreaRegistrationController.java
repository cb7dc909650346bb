package org.sendtracker.http.web.area;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;

/**
 * {@code /areas/new} and {@code POST /areas}: an administrator registers an area; the same area
 * submitted twice goes to the one the first registered. The pages are assembled by {@link
 * AreaViews}.
 */
@Controller("/areas")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AreaRegistrationController {

    private static final String ONLY_ADMINISTRATORS = "Only an administrator can register an area.";

    private final AreaService areas;
    private final AreaViews views;
    private final Pages pages;

    AreaRegistrationController(AreaService areas, AreaViews views, Pages pages) {
        this.areas = areas;
        this.views = views;
        this.pages = pages;
    }

    @Get("/new")
    MutableHttpResponse<?> newArea(HttpRequest<?> request) {
        return pages.caller(request)
                .toAdminister()
                .fold(
                        actor -> {
                            AreaForm form = AreaForm.registration();
                            return views.newArea(request, HttpStatus.OK, form, form.fresh());
                        },
                        refused -> pages.forbidden(request, ONLY_ADMINISTRATORS));
    }

    /**
     * Registering an area: the form posts to its own address, so reloading a refused form's page
     * shows the form ({@code POST /areas} is kept for forms rendered before).
     */
    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> registerFromForm(HttpRequest<?> request, @Nullable @Body String body) {
        return register(request, body);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> register(HttpRequest<?> request, @Nullable @Body String body) {
        return pages.post(
                request,
                body,
                post ->
                        post.caller()
                                .toAdminister()
                                .fold(
                                        actor -> register(request, post.data(), actor),
                                        refused -> pages.forbidden(request, ONLY_ADMINISTRATORS)));
    }

    private MutableHttpResponse<?> register(HttpRequest<?> request, FormData data, Actor actor) {
        AreaForm form = AreaForm.registration(data);
        AreaForm.Read read = form.read(data);
        if (AreaForm.addAnother(data)) {
            AreaForm more = form.withAnotherRow();
            return views.newArea(request, HttpStatus.OK, more, more.asTyped(more.read(data), null));
        }
        return areas.create(read.input(), actor)
                .fold(
                        area -> Pages.seeOther("/areas/" + area.id().value() + "?registered=true"),
                        rejection -> {
                            Optional<Area> existing =
                                    areas.find(String.valueOf(read.input().get("id")));
                            if (rejection.kind() == Rejection.Kind.CONFLICT
                                    && existing.isPresent()
                                    && existing.get().name().equals(read.input().get("name"))) {
                                // The same area submitted twice (a double click): the first
                                // registered it.
                                return Pages.seeOther("/areas/" + existing.get().id().value());
                            }
                            return views.newArea(
                                    request,
                                    HttpStatus.BAD_REQUEST,
                                    form,
                                    form.withErrors(read, rejection.errors("id"), null));
                        });
    }
}
