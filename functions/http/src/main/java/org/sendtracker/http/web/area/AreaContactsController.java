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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Optional;
import org.sendtracker.area.application.AreaInput;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;

/**
 * {@code /areas/{areaId}/contacts}: changing an area's name and contacts, for its editors and
 * administrators. The pages are assembled by {@link AreaViews}.
 */
@Controller("/areas/{areaId}/contacts")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AreaContactsController {

    private final AreaService areas;
    private final AreaViews views;
    private final Pages pages;

    AreaContactsController(AreaService areas, AreaViews views, Pages pages) {
        this.areas = areas;
        this.views = views;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<?> contacts(HttpRequest<?> request, @PathVariable String areaId) {
        Caller caller = pages.caller(request);
        Optional<Area> found = areas.find(areaId).filter(a -> caller.canRead(a.id().value()));
        if (found.isEmpty()) {
            return views.notFound(request, areaId);
        }
        if (!caller.canEdit(areaId)) {
            return pages.forbidden(request, AreaViews.CANNOT_EDIT);
        }
        return views.contacts(request, HttpStatus.OK, found.get(), List.of());
    }

    /**
     * Saves the area's name and contacts if nobody changed them since the form was rendered (its
     * version); a double submit, which finds its own change already saved, is a success.
     */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> changeContacts(
            HttpRequest<?> request, @PathVariable String areaId, @Nullable @Body String body) {
        return pages.post(request, body, post -> changeContacts(request, areaId, post));
    }

    private MutableHttpResponse<?> changeContacts(
            HttpRequest<?> request, String areaId, FormPosts.Post post) {
        Optional<Area> found = areas.find(areaId);
        if (found.isEmpty()) {
            return views.notFound(request, areaId);
        }
        return post.caller()
                .toEdit(areaId, () -> new Rejection.NotFound(""))
                .fold(
                        actor -> save(request, found.get(), post.data(), actor),
                        refused ->
                                refused.kind() == Rejection.Kind.NOT_FOUND
                                        ? views.notFound(request, areaId)
                                        : pages.forbidden(request, AreaViews.CANNOT_EDIT));
    }

    private MutableHttpResponse<?> save(
            HttpRequest<?> request, Area found, FormData data, Actor actor) {
        String areaId = found.id().value();
        AreaForm form = AreaForm.contacts(data);
        AreaForm.Read read = form.read(data);
        if (AreaForm.addAnother(data)) {
            AreaForm more = form.withAnotherRow();
            // the version the form was first rendered from: a change by someone else meanwhile
            // is still refused when this form is saved
            Long version =
                    Versions.ifMatch(data.first("version"))
                            .fold(posted -> posted.orElse(null), garbled -> found.version());
            FormState typed = more.asTyped(more.read(data), version);
            return views.contacts(request, HttpStatus.OK, found, more, typed, List.of());
        }
        return Versions.ifMatch(data.first("version"))
                .flatMap(version -> areas.update(areaId, read.input(), version, actor))
                .fold(
                        saved -> Pages.seeOther("/areas/" + areaId + "?changed=true"),
                        rejection -> {
                            Area current = areas.find(areaId).orElse(found);
                            if (rejection.kind() != Rejection.Kind.STALE_VERSION) {
                                FormState withErrors =
                                        form.withErrors(
                                                read, rejection.errors("name"), current.version());
                                return views.contacts(
                                        request,
                                        HttpStatus.BAD_REQUEST,
                                        current,
                                        form,
                                        withErrors,
                                        withErrors.problems());
                            }
                            boolean alreadySaved =
                                    AreaInput.read(read.input(), areaId)
                                            .fold(
                                                    same ->
                                                            same.name().equals(current.name())
                                                                    && same.contacts()
                                                                            .equals(
                                                                                    current
                                                                                            .contacts()),
                                                    refused -> false);
                            return alreadySaved
                                    ? Pages.seeOther("/areas/" + areaId + "?changed=true")
                                    : views.contacts(
                                            request, HttpStatus.CONFLICT, current, List.of(STALE));
                        });
    }

    private static final Problem STALE =
            new Problem(
                    "#contacts-name",
                    "Someone else changed this area's name or contacts after you opened this page. These are its details now: make your changes again.");
}
