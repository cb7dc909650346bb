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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sendtracker.area.application.AreaInput;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.inspection.InspectionRow;
import org.sendtracker.http.web.layout.NotFoundPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * {@code /areas}: every area, one area's contacts and inspections, registering an area, and
 * changing its name and contacts.
 */
@Controller("/areas")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AreaPagesController {

    private final AreaService areas;
    private final InspectionService inspections;
    private final Pages pages;
    private final FormPosts forms;

    AreaPagesController(
            AreaService areas, InspectionService inspections, Pages pages, FormPosts forms) {
        this.areas = areas;
        this.inspections = inspections;
        this.pages = pages;
        this.forms = forms;
    }

    @Get
    MutableHttpResponse<?> all(HttpRequest<?> request) {
        Caller caller = pages.caller(request);
        List<AreaPages.AreaSummary> all =
                areas.all().stream()
                        .filter(a -> caller.canRead(a.id().value()))
                        .sorted(Comparator.comparing(Area::name))
                        .map(
                                a ->
                                        new AreaPages.AreaSummary(
                                                a.id().value(),
                                                a.name(),
                                                a.contacts().size(),
                                                "/areas/" + a.id().value()))
                        .toList();
        return Pages.render(
                "areas",
                new AreaPages.AreasPage(
                        pages.layout(request, "Areas", false),
                        all,
                        caller.access().isAdministrator()));
    }

    @Get("/new")
    MutableHttpResponse<?> newArea(HttpRequest<?> request) {
        Result<Actor> actor = pages.caller(request).toAdminister();
        if (actor instanceof Result.Refused<Actor> refused) {
            return pages.forbidden(request, "Only an administrator can register an area.");
        }
        return newAreaPage(request, HttpStatus.OK, AreaForm.registration().fresh());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> register(HttpRequest<?> request, @Nullable @Body String body) {
        Result<FormPosts.Post> post = forms.read(request, body);
        if (post instanceof Result.Refused<FormPosts.Post> refused) {
            return pages.forbidden(request, refused.rejection().message());
        }
        Result<Actor> actor = post.orElseThrow().caller().toAdminister();
        if (actor instanceof Result.Refused<Actor>) {
            return pages.forbidden(request, "Only an administrator can register an area.");
        }
        AreaForm form = AreaForm.registration();
        AreaForm.Read read = form.read(post.orElseThrow().data());
        Result<Area> created = areas.create(read.input(), actor.orElseThrow());
        if (created instanceof Result.Ok<Area> ok) {
            return Pages.seeOther("/areas/" + ok.value().id().value() + "?registered=true");
        }
        Rejection rejection = ((Result.Refused<Area>) created).rejection();
        Optional<Area> existing = areas.find(String.valueOf(read.input().get("id")));
        if (rejection instanceof Rejection.Conflict
                && existing.isPresent()
                && existing.get().name().equals(read.input().get("name"))) {
            // The same area submitted twice (a double click): the first registered it.
            return Pages.seeOther("/areas/" + existing.get().id().value());
        }
        List<FieldError> errors =
                rejection instanceof Rejection.Invalid invalid
                        ? invalid.errors()
                        : List.of(new FieldError("id", rejection.message()));
        return newAreaPage(request, HttpStatus.BAD_REQUEST, form.withErrors(read, errors, null));
    }

    @Get("/{areaId}")
    MutableHttpResponse<?> area(
            HttpRequest<?> request,
            @PathVariable String areaId,
            @Nullable @QueryValue String registered,
            @Nullable @QueryValue String changed) {
        Caller caller = pages.caller(request);
        Optional<Area> found = areas.find(areaId).filter(a -> caller.canRead(a.id().value()));
        if (found.isEmpty()) {
            return notFound(request, areaId);
        }
        Area area = found.get();
        List<Inspection> its = inspections.inArea(area.id().value()).orElseThrow();
        List<InspectionRow> rows =
                its.stream()
                        .sorted(Comparator.comparing(Inspection::startsOn).reversed())
                        .map(i -> InspectionRow.of(i, area.name(), inspections.today()))
                        .toList();
        List<AreaPages.ContactRow> contacts =
                area.contacts().stream()
                        .map(c -> new AreaPages.ContactRow(c.name(), c.email(), c.role().label()))
                        .toList();
        String calendar = "/areas/" + area.id().value() + "/calendar.ics";
        boolean editor = caller.canEdit(area.id().value());
        List<AreaPages.ChangeRow> changes =
                areas.changes(area.id().value()).stream()
                        .sorted(Comparator.comparingLong(AreaChange::version).reversed())
                        .map(
                                c ->
                                        new AreaPages.ChangeRow(
                                                Pages.when(c.at()), c.actor(), c.summary()))
                        .toList();
        String banner =
                registered != null
                        ? area.name() + " is registered. Now record its inspection."
                        : changed != null
                                ? "The name and contacts of "
                                        + area.name()
                                        + " are saved. Reminders go to these contacts from now on."
                                : null;
        return Pages.render(
                "area",
                new AreaPages.AreaPage(
                        pages.layout(request, area.name(), false),
                        area.id().value(),
                        area.name(),
                        contacts,
                        rows,
                        calendar,
                        "/account#calendar",
                        "/deadlines.csv?areaId=" + area.id().value() + "&weeks=52",
                        editor ? "/inspections/new?areaId=" + area.id().value() : null,
                        editor ? contactsHref(area.id().value()) : null,
                        ContactWarnings.of(area, its),
                        changes,
                        banner));
    }

    @Get("/{areaId}/contacts")
    MutableHttpResponse<?> contacts(HttpRequest<?> request, @PathVariable String areaId) {
        Caller caller = pages.caller(request);
        Optional<Area> found = areas.find(areaId).filter(a -> caller.canRead(a.id().value()));
        if (found.isEmpty()) {
            return notFound(request, areaId);
        }
        if (!caller.canEdit(areaId)) {
            return pages.forbidden(request, CANNOT_EDIT);
        }
        AreaForm form = AreaForm.contacts(found.get());
        return contactsPage(
                request, HttpStatus.OK, found.get(), form, form.filledFrom(found.get()), List.of());
    }

    /**
     * Saves the area's name and contacts if nobody changed them since the form was rendered (its
     * version); a double submit, which finds its own change already saved, is a success.
     */
    @Post("/{areaId}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> changeContacts(
            HttpRequest<?> request, @PathVariable String areaId, @Nullable @Body String body) {
        Result<FormPosts.Post> post = forms.read(request, body);
        if (post instanceof Result.Refused<FormPosts.Post> refused) {
            return pages.forbidden(request, refused.rejection().message());
        }
        Result<Actor> actor =
                post.orElseThrow().caller().toEdit(areaId, () -> new Rejection.NotFound(""));
        Optional<Area> found = areas.find(areaId);
        if (found.isEmpty()
                || actor instanceof Result.Refused<Actor> refusedActor
                        && refusedActor.rejection() instanceof Rejection.NotFound) {
            return notFound(request, areaId);
        }
        if (actor instanceof Result.Refused<Actor>) {
            return pages.forbidden(request, CANNOT_EDIT);
        }
        FormData data = post.orElseThrow().data();
        AreaForm form = AreaForm.contacts(data);
        AreaForm.Read read = form.read(data);
        Result<Area> saved =
                Versions.ifMatch(data.first("version"))
                        .flatMap(
                                version ->
                                        areas.update(
                                                areaId,
                                                read.input(),
                                                version,
                                                actor.orElseThrow()));
        if (saved instanceof Result.Ok<Area>) {
            return Pages.seeOther("/areas/" + areaId + "?changed=true");
        }
        Rejection rejection = ((Result.Refused<Area>) saved).rejection();
        Area current = areas.find(areaId).orElse(found.get());
        if (rejection instanceof Rejection.StaleVersion) {
            Result<Area> typed = AreaInput.read(read.input(), areaId);
            if (typed instanceof Result.Ok<Area> same
                    && same.value().name().equals(current.name())
                    && same.value().contacts().equals(current.contacts())) {
                return Pages.seeOther("/areas/" + areaId + "?changed=true");
            }
            AreaForm fresh = AreaForm.contacts(current);
            return contactsPage(
                    request,
                    HttpStatus.CONFLICT,
                    current,
                    fresh,
                    fresh.filledFrom(current),
                    List.of(
                            new Problem(
                                    "#contacts-name",
                                    "Someone else changed this area's name or contacts after you opened this page. These are its details now: make your changes again.")));
        }
        List<FieldError> errors =
                rejection instanceof Rejection.Invalid invalid
                        ? invalid.errors()
                        : List.of(new FieldError("name", rejection.message()));
        FormState withErrors = form.withErrors(read, errors, current.version());
        return contactsPage(
                request, HttpStatus.BAD_REQUEST, current, form, withErrors, withErrors.problems());
    }

    private MutableHttpResponse<?> contactsPage(
            HttpRequest<?> request,
            HttpStatus status,
            Area area,
            AreaForm form,
            FormState state,
            List<Problem> problems) {
        return Pages.render(
                status,
                "areaContacts",
                new AreaPages.ContactsPage(
                        pages.layout(
                                request,
                                "Change the name and contacts of " + area.name(),
                                !problems.isEmpty()),
                        area.name(),
                        "/areas/" + area.id().value(),
                        contactsHref(area.id().value()),
                        state,
                        new AreaPages.ContactRows(state, AreaForm.roles(), form.rows()),
                        problems));
    }

    private MutableHttpResponse<?> notFound(HttpRequest<?> request, String areaId) {
        return Pages.render(
                HttpStatus.NOT_FOUND,
                "layout/notFound",
                new NotFoundPage(
                        pages.layout(request, "Area not found", false),
                        "There is no area '" + areaId + "'."));
    }

    private static final String CANNOT_EDIT =
            "You can see this area's records but not change them: ask an administrator for editor access.";

    private static String contactsHref(String areaId) {
        return "/areas/" + areaId + "/contacts";
    }

    private MutableHttpResponse<?> newAreaPage(
            HttpRequest<?> request, HttpStatus status, FormState form) {
        return Pages.render(
                status,
                "newArea",
                new AreaPages.NewAreaPage(
                        pages.layout(request, "Register an area", form.hasErrors()),
                        form,
                        new AreaPages.ContactRows(form, AreaForm.roles(), AreaForm.NEW_AREA_ROWS),
                        form.problems()));
    }
}
