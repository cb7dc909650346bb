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
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.inspection.InspectionRow;
import org.sendtracker.http.web.layout.NotFoundPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.http.web.layout.PublicUrl;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code /areas}: every area, one area's contacts and inspections, and registering an area. */
@Controller("/areas")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AreaPagesController {

    private final AreaService areas;
    private final InspectionService inspections;
    private final Pages pages;
    private final PublicUrl publicUrl;

    AreaPagesController(AreaService areas, InspectionService inspections, Pages pages, PublicUrl publicUrl) {
        this.areas = areas;
        this.inspections = inspections;
        this.pages = pages;
        this.publicUrl = publicUrl;
    }

    @Get
    MutableHttpResponse<?> all(HttpRequest<?> request) {
        List<AreaPages.AreaSummary> all = areas.all().stream().sorted(Comparator.comparing(Area::name))
                .map(a -> new AreaPages.AreaSummary(a.id().value(), a.name(), a.contacts().size(), "/areas/" + a.id().value()))
                .toList();
        return Pages.render("areas", new AreaPages.AreasPage(pages.layout(request, "Areas", false), all));
    }

    @Get("/new")
    MutableHttpResponse<?> newArea(HttpRequest<?> request) {
        return newAreaPage(request, HttpStatus.OK, AreaForm.fresh());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> register(HttpRequest<?> request, @Nullable @Body String body) {
        if (pages.signedIn(request).isEmpty()) {
            return Pages.seeOther(Pages.signInHref("/areas/new"));
        }
        AreaForm.Read read = AreaForm.read(FormData.parse(body));
        Result<Area> created = areas.create(read.input());
        if (created instanceof Result.Ok<Area> ok) {
            return Pages.seeOther("/areas/" + ok.value().id().value() + "?registered=true");
        }
        Rejection rejection = ((Result.Refused<Area>) created).rejection();
        Optional<Area> existing = areas.find(String.valueOf(read.input().get("id")));
        if (rejection instanceof Rejection.Conflict && existing.isPresent() && existing.get().name().equals(read.input().get("name"))) {
            // The same area submitted twice (a double click): the first registered it.
            return Pages.seeOther("/areas/" + existing.get().id().value());
        }
        List<FieldError> errors = rejection instanceof Rejection.Invalid invalid ? invalid.errors()
                : List.of(new FieldError("id", rejection.message()));
        return newAreaPage(request, HttpStatus.BAD_REQUEST, AreaForm.withErrors(read, errors));
    }

    @Get("/{areaId}")
    MutableHttpResponse<?> area(HttpRequest<?> request, @PathVariable String areaId, @Nullable @QueryValue String registered) {
        Optional<Area> found = areas.find(areaId);
        if (found.isEmpty()) {
            return Pages.render(HttpStatus.NOT_FOUND, "layout/notFound", new NotFoundPage(pages.layout(request, "Area not found", false),
                    "There is no area '" + areaId + "'."));
        }
        Area area = found.get();
        List<Inspection> its = inspections.inArea(area.id().value()).orElseThrow();
        List<InspectionRow> rows = its.stream().sorted(Comparator.comparing(Inspection::startsOn).reversed())
                .map(i -> InspectionRow.of(i, area.name(), inspections.today())).toList();
        List<AreaPages.ContactRow> contacts = area.contacts().stream()
                .map(c -> new AreaPages.ContactRow(c.name(), c.email(), c.role().label())).toList();
        String calendar = "/areas/" + area.id().value() + "/calendar.ics";
        return Pages.render("area", new AreaPages.AreaPage(pages.layout(request, area.name(), false), area.id().value(), area.name(),
                contacts, rows, calendar, publicUrl.of(calendar), "/deadlines.csv?areaId=" + area.id().value() + "&weeks=52",
                "/inspections/new?areaId=" + area.id().value(), registered != null));
    }

    private MutableHttpResponse<?> newAreaPage(HttpRequest<?> request, HttpStatus status, FormState form) {
        return Pages.render(status, "newArea", new AreaPages.NewAreaPage(pages.layout(request, "Register an area", form.hasErrors()),
                form, AreaForm.roles(), AreaForm.CONTACT_ROWS, form.problems()));
    }
}
