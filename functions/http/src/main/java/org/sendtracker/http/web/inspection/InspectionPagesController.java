package org.sendtracker.http.web.inspection;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormField;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.inspection.InspectionPages.Submitted;
import org.sendtracker.http.web.layout.NotFoundPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.Recorded;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Lifecycle;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * {@code /inspections}: record an inspection, see one, and record what happened to it. Every POST
 * goes through the same application service, with the same input map, as the JSON API; the form
 * carries the version it was rendered from (a stale one is refused) and a fresh idempotency key (a
 * double submit records once). Success redirects (POST-redirect-GET); a refusal shows the page
 * again with the form as typed and an error summary linking to each field in error.
 */
@Controller("/inspections")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class InspectionPagesController {

    static final FormSpec NEW_INSPECTION =
            new FormSpec(
                    "inspection",
                    List.of(
                            FormField.choice("areaId", "the area"),
                            FormField.choice("framework", "the framework"),
                            FormField.date("notifiedOn", "the date the area was notified"),
                            FormField.date("startsOn", "the date inspectors arrived"),
                            FormField.date("endsOn", "the last day on site")));

    private final InspectionService inspections;
    private final AreaService areas;
    private final InspectionPages inspectionPages;
    private final Pages pages;
    private final FormPosts forms;

    InspectionPagesController(
            InspectionService inspections,
            AreaService areas,
            InspectionPages inspectionPages,
            Pages pages,
            FormPosts forms) {
        this.inspections = inspections;
        this.areas = areas;
        this.inspectionPages = inspectionPages;
        this.pages = pages;
        this.forms = forms;
    }

    @Get("/new")
    MutableHttpResponse<?> newInspection(
            HttpRequest<?> request, @Nullable @QueryValue String areaId) {
        if (!pages.caller(request).access().editsAnything()) {
            return pages.forbidden(
                    request,
                    "Recording an inspection needs editor access to its area: ask an administrator.");
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        if (areaId != null) {
            defaults.put("areaId", areaId);
        }
        return newInspectionPage(request, HttpStatus.OK, NEW_INSPECTION.fresh(defaults, null));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> create(HttpRequest<?> request, @Nullable @Body String body) {
        Result<FormPosts.Post> post = forms.read(request, body);
        if (post instanceof Result.Refused<FormPosts.Post> refused) {
            return pages.forbidden(request, refused.rejection().message());
        }
        FormSpec.Submission submission = NEW_INSPECTION.read(post.orElseThrow().data());
        Object areaId = submission.input().get("areaId");
        String area = areaId instanceof String text ? text : null;
        Result<Inspection> created =
                post.orElseThrow()
                        .caller()
                        .toEdit(area, () -> InspectionService.noSuchArea(area))
                        .flatMap(actor -> inspections.create(submission.input(), actor));
        if (created instanceof Result.Ok<Inspection> ok) {
            return Pages.seeOther("/inspections/" + ok.value().id().value() + "?created=true");
        }
        Rejection rejection = ((Result.Refused<Inspection>) created).rejection();
        Optional<Inspection> same = sameInspection(submission.input());
        if (rejection instanceof Rejection.Conflict && same.isPresent()) {
            // Submitted twice (a double click, a retry): the first one recorded it.
            return Pages.seeOther("/inspections/" + same.get().id().value());
        }
        List<FieldError> errors =
                rejection instanceof Rejection.Invalid invalid
                        ? invalid.errors()
                        : rejection instanceof Rejection.Forbidden
                                ? List.of(
                                        new FieldError(
                                                "areaId",
                                                "You can see this area but cannot record its inspections"))
                                : List.of(new FieldError("startsOn", rejection.message()));
        return newInspectionPage(
                request,
                HttpStatus.BAD_REQUEST,
                NEW_INSPECTION.withErrors(submission, errors, null));
    }

    @Get("/{id}")
    MutableHttpResponse<?> inspection(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @QueryValue String recorded,
            @Nullable @QueryValue String created) {
        Optional<Inspection> found = readable(request, id);
        if (found.isEmpty()) {
            return notFound(request, id);
        }
        Inspection inspection = found.get();
        String banner =
                created != null
                        ? "Inspection recorded. When the report arrives, record it below."
                        : recorded != null
                                ? inspectionPages.latestSummary(inspection, recorded).orElse(null)
                                : null;
        return Pages.render(
                "inspection",
                inspectionPages.page(request, inspection, Optional.empty(), List.of(), banner));
    }

    @Post("/{id}/events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> record(
            HttpRequest<?> request, @PathVariable String id, @Nullable @Body String body) {
        Result<FormPosts.Post> post = forms.read(request, body);
        if (post instanceof Result.Refused<FormPosts.Post> refused) {
            return pages.forbidden(request, refused.rejection().message());
        }
        Optional<Inspection> found = readable(request, id);
        if (found.isEmpty()) {
            return notFound(request, id);
        }
        Result<Actor> actor =
                post.orElseThrow()
                        .caller()
                        .toEdit(found.get().areaId().value(), () -> new Rejection.NotFound(id));
        if (actor instanceof Result.Refused<Actor> cannot) {
            return pages.forbidden(request, cannot.rejection().message() + ".");
        }
        FormData data = post.orElseThrow().data();
        Optional<EventType> type = EventType.parse(data.first("type"));
        if (type.isEmpty()) {
            return refusedOnPage(
                    request,
                    found.get(),
                    "That form is not one this service knows: reload the page and try again");
        }
        EventForm form = EventForm.of(type.get(), found.get());
        FormSpec.Submission submission = form.spec().read(data);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", type.get().name());
        input.putAll(submission.input());
        Result<Optional<Long>> version = Versions.ifMatch(data.first("version"));
        Result<Recorded> result =
                version.flatMap(
                        expected ->
                                inspections.record(
                                        id,
                                        input,
                                        expected,
                                        Optional.ofNullable(data.first("idempotencyKey")),
                                        actor.orElseThrow()));
        if (result instanceof Result.Ok<Recorded>) {
            return Pages.seeOther(
                    "/inspections/" + id + "?recorded=" + type.get().name() + "#main-content");
        }
        Rejection rejection = ((Result.Refused<Recorded>) result).rejection();
        Inspection current = inspections.find(id).orElse(found.get());
        if (rejection instanceof Rejection.Invalid invalid) {
            return page(
                    request,
                    HttpStatus.BAD_REQUEST,
                    current,
                    new Submitted(
                            type.get(),
                            form.spec()
                                    .withErrors(submission, invalid.errors(), current.version())),
                    List.of());
        }
        if (rejection instanceof Rejection.StaleVersion) {
            return stalePage(request, current, type.get(), submission);
        }
        if (rejection instanceof Rejection.NotFound) {
            return notFound(request, id);
        }
        return refusedOnPage(request, current, rejection.message());
    }

    /**
     * Someone else recorded something since this form was rendered: show the inspection as it is
     * now, say so, and keep what was typed (with the current version) if the step is still allowed.
     */
    private MutableHttpResponse<?> stalePage(
            HttpRequest<?> request,
            Inspection current,
            EventType type,
            FormSpec.Submission submission) {
        boolean stillAllowed = Lifecycle.of(current.framework()).allowed(current).contains(type);
        String message =
                "This inspection was changed by someone else after you opened this page. Check its current state below"
                        + (stillAllowed
                                ? ", then submit your form again."
                                : ": the step you were recording is no longer the next one.");
        String formId = EventForm.of(type, current).spec().id();
        List<Problem> problems =
                List.of(new Problem(stillAllowed ? "#" + formId : "#timeline", message));
        Optional<Submitted> kept =
                stillAllowed
                        ? Optional.of(
                                new Submitted(
                                        type,
                                        EventForm.of(type, current)
                                                .spec()
                                                .withErrors(
                                                        submission, List.of(), current.version())))
                        : Optional.empty();
        return Pages.render(
                HttpStatus.CONFLICT,
                "inspection",
                inspectionPages.page(request, current, kept, problems, null));
    }

    private MutableHttpResponse<?> refusedOnPage(
            HttpRequest<?> request, Inspection current, String message) {
        return page(
                request,
                HttpStatus.CONFLICT,
                current,
                null,
                List.of(new Problem("#actions", message)));
    }

    private MutableHttpResponse<?> page(
            HttpRequest<?> request,
            HttpStatus status,
            Inspection inspection,
            Submitted submitted,
            List<Problem> problems) {
        return Pages.render(
                status,
                "inspection",
                inspectionPages.page(
                        request, inspection, Optional.ofNullable(submitted), problems, null));
    }

    private MutableHttpResponse<?> notFound(HttpRequest<?> request, String id) {
        return Pages.render(
                HttpStatus.NOT_FOUND,
                "layout/notFound",
                new NotFoundPage(
                        pages.layout(request, "Inspection not found", false),
                        "There is no inspection '" + id + "'."));
    }

    /**
     * The inspection, if it exists and the person may read its area: otherwise it is answered as
     * unknown.
     */
    private Optional<Inspection> readable(HttpRequest<?> request, String id) {
        Caller caller = pages.caller(request);
        return inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
    }

    private Optional<Inspection> sameInspection(Map<String, Object> input) {
        return InspectionId.parse(
                        String.valueOf(input.get("areaId")), String.valueOf(input.get("startsOn")))
                .flatMap(id -> inspections.find(id.value()))
                .filter(
                        i ->
                                i.framework().name().equals(input.get("framework"))
                                        && i.notifiedOn().toString().equals(input.get("notifiedOn"))
                                        && i.endsOn().toString().equals(input.get("endsOn")));
    }

    private MutableHttpResponse<?> newInspectionPage(
            HttpRequest<?> request, HttpStatus status, FormState form) {
        List<Option> areaOptions = new ArrayList<>();
        areaOptions.add(Option.of("", "Choose an area"));
        Caller caller = pages.caller(request);
        List<Area> all =
                areas.all().stream()
                        .filter(a -> caller.canEdit(a.id().value()))
                        .sorted(Comparator.comparing(Area::name))
                        .toList();
        all.forEach(area -> areaOptions.add(Option.of(area.id().value(), area.name())));
        List<Option> frameworks =
                List.of(
                        new Option(
                                "LASEND_2016",
                                "Local area SEND inspection",
                                "The framework for inspections from May 2016 to December 2022: a Written Statement of Action when the report finds areas of significant weakness"),
                        new Option(
                                "AREA_SEND_2023",
                                "Area SEND inspection",
                                "The framework from January 2023: an outcome from 1 to 3, with a priority action plan for outcome 3"));
        return Pages.render(
                status,
                "newInspection",
                new NewInspectionPage(
                        pages.layout(request, "Record an inspection", form.hasErrors()),
                        form,
                        areaOptions,
                        frameworks,
                        all.isEmpty()));
    }
}
