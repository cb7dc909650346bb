package org.sendtracker.http.web.access;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.PersonChange;
import org.sendtracker.access.model.Subject;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * {@code /admin/people}: an administrator sees who may sign in and grants each person a role and
 * areas (docs/security.md). The same service and checks as {@code PUT /api/people/{subject}}.
 */
@Controller("/admin/people")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PeoplePagesController {

    private static final String ONLY_ADMINISTRATORS =
            "Only an administrator can see and change who has access.";

    private final AccessService access;
    private final AreaService areas;
    private final Pages pages;
    private final FormPosts forms;

    PeoplePagesController(AccessService access, AreaService areas, Pages pages, FormPosts forms) {
        this.access = access;
        this.areas = areas;
        this.pages = pages;
        this.forms = forms;
    }

    @Get
    MutableHttpResponse<?> all(HttpRequest<?> request, @Nullable @QueryValue String saved) {
        if (!pages.caller(request).access().isAdministrator()) {
            return pages.forbidden(request, ONLY_ADMINISTRATORS);
        }
        List<AccessPages.PersonRow> rows =
                access.all().stream()
                        .sorted(Comparator.comparing(Person::name))
                        .map(
                                p ->
                                        new AccessPages.PersonRow(
                                                p.name(),
                                                p.email(),
                                                p.access().describe(),
                                                "/admin/people/" + p.subject()))
                        .toList();
        String banner =
                saved != null ? "Access saved. It applies from the person's next request." : null;
        return Pages.render(
                "people",
                new AccessPages.PeoplePage(
                        pages.layout(request, "People and access", false), rows, banner));
    }

    @Get("/by-subject")
    MutableHttpResponse<?> bySubject(HttpRequest<?> request, @Nullable @QueryValue String subject) {
        if (!pages.caller(request).access().isAdministrator()) {
            return pages.forbidden(request, ONLY_ADMINISTRATORS);
        }
        String trimmed = subject == null ? "" : subject.strip();
        return Subject.isValid(trimmed)
                ? Pages.seeOther("/admin/people/" + trimmed)
                : Pages.seeOther("/admin/people#grant");
    }

    /**
     * A person by subject id; one not known yet (who has not signed in) can be granted access
     * ahead.
     */
    @Get("/{subject}")
    MutableHttpResponse<?> person(HttpRequest<?> request, @PathVariable String subject) {
        if (!pages.caller(request).access().isAdministrator()) {
            return pages.forbidden(request, ONLY_ADMINISTRATORS);
        }
        if (!Subject.isValid(subject)) {
            return pages.forbidden(request, Subject.NOT_A_SUBJECT + ".");
        }
        Optional<Person> found = access.find(subject);
        FormState form =
                new FormState(
                        "person",
                        found.map(PeoplePagesController::values).orElse(Map.of()),
                        Map.of(),
                        Map.of(),
                        List.of(),
                        null,
                        found.map(Person::version).orElse(null));
        return page(request, HttpStatus.OK, subject, found.isPresent(), form);
    }

    @Post("/{subject}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> save(
            HttpRequest<?> request, @PathVariable String subject, @Nullable @Body String body) {
        Result<FormPosts.Post> post = forms.read(request, body);
        if (post instanceof Result.Refused<FormPosts.Post> refused) {
            return pages.forbidden(request, refused.rejection().message());
        }
        Caller caller = post.orElseThrow().caller();
        if (!caller.access().isAdministrator()) {
            return pages.forbidden(request, ONLY_ADMINISTRATORS);
        }
        FormData data = post.orElseThrow().data();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", data.first("name"));
        input.put("email", data.first("email"));
        input.put("role", data.first("role"));
        Map<String, Object> granted = new LinkedHashMap<>();
        data.firstValues()
                .forEach(
                        (field, value) -> {
                            if (field.startsWith("area-") && !value.isEmpty()) {
                                granted.put(field.substring("area-".length()), value);
                            }
                        });
        if ("AREAS".equals(data.first("role"))) {
            input.put("areas", granted);
        }
        String version = data.first("version");
        Result<Person> saved =
                (version == null || version.isEmpty()
                                ? Result.ok(Optional.<Long>empty())
                                : Versions.ifMatch(version))
                        .flatMap(
                                expected ->
                                        access.grant(
                                                subject,
                                                input,
                                                expected,
                                                caller.actor(),
                                                caller.access()));
        if (saved.isOk()) {
            return Pages.seeOther("/admin/people?saved=" + subject);
        }
        Rejection rejection = ((Result.Refused<Person>) saved).rejection();
        List<FieldError> errors =
                rejection instanceof Rejection.Invalid invalid
                        ? invalid.errors()
                        : List.of(
                                new FieldError(
                                        "name",
                                        rejection instanceof Rejection.StaleVersion
                                                ? "Someone else changed this person's access after you opened this page: these are their details now"
                                                : rejection.message()));
        Map<String, String> errorsByField = new LinkedHashMap<>();
        List<Problem> problems =
                errors.stream()
                        .map(
                                e -> {
                                    String field =
                                            e.field().startsWith("areas.")
                                                    ? "area-"
                                                            + e.field().substring("areas.".length())
                                                    : e.field();
                                    errorsByField.putIfAbsent(field, e.message());
                                    return new Problem("#person-" + field, e.message());
                                })
                        .toList();
        Optional<Person> current = access.find(subject);
        Map<String, String> values =
                rejection instanceof Rejection.StaleVersion
                        ? current.map(PeoplePagesController::values).orElse(Map.of())
                        : data.firstValues();
        FormState form =
                new FormState(
                        "person",
                        values,
                        errorsByField,
                        Map.of(),
                        problems,
                        null,
                        current.map(Person::version).orElse(null));
        return page(request, HttpStatus.BAD_REQUEST, subject, current.isPresent(), form);
    }

    private static Map<String, String> values(Person p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", p.name());
        values.put("email", p.email());
        values.put("role", p.access().role().name());
        p.access().areas().forEach((area, role) -> values.put("area-" + area, role.name()));
        return values;
    }

    private MutableHttpResponse<?> page(
            HttpRequest<?> request,
            HttpStatus status,
            String subject,
            boolean known,
            FormState form) {
        List<AccessPages.AreaChoice> choices =
                areas.all().stream()
                        .sorted(Comparator.comparing(Area::name))
                        .map(
                                a ->
                                        new AccessPages.AreaChoice(
                                                a.id().value(),
                                                a.name(),
                                                "area-" + a.id().value(),
                                                form.value("area-" + a.id().value())))
                        .toList();
        List<String> changes =
                access.changes(subject).stream()
                        .sorted(Comparator.comparingLong(PersonChange::version).reversed())
                        .map(c -> Pages.when(c.at()) + ", " + c.actor() + ": " + c.summary())
                        .toList();
        String name = form.value("name").isEmpty() ? "a person" : form.value("name");
        return Pages.render(
                status,
                "person",
                new AccessPages.PersonPage(
                        pages.layout(request, "Access for " + name, !form.problems().isEmpty()),
                        subject,
                        "/admin/people/" + subject,
                        known,
                        form,
                        choices,
                        form.problems(),
                        changes));
    }
}
