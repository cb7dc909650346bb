package org.sendtracker.http.web.area;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import org.sendtracker.area.application.AreaInput;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;

/**
 * Saves an area's name and contacts from its form: a refusal shows the form again with its errors,
 * a stale version shows what the area holds now unless the same change is already saved.
 */
@Singleton
final class AreaContactsSaver {

    private final AreaService areas;
    private final AreaViews views;

    AreaContactsSaver(AreaService areas, AreaViews views) {
        this.areas = areas;
        this.views = views;
    }

    MutableHttpResponse<?> save(HttpRequest<?> request, Area found, FormData data, Actor actor) {
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
        return Versions.ofForm(data.first("version"))
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
