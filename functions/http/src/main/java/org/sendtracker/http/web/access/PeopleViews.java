package org.sendtracker.http.web.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.PersonChange;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;

/**
 * Assembles the people pages for {@code PeoplePagesController}: everyone with access, and one
 * person's access form (as stored, or as typed with what was refused).
 */
@Singleton
final class PeopleViews {

    private final AccessService access;
    private final AreaService areas;
    private final Pages pages;

    PeopleViews(AccessService access, AreaService areas, Pages pages) {
        this.access = access;
        this.areas = areas;
        this.pages = pages;
    }

    MutableHttpResponse<?> people(HttpRequest<?> request, String saved) {
        String banner =
                saved != null ? "Access saved. It applies from the person's next request." : null;
        return people(request, HttpStatus.OK, banner, null, null);
    }

    /** The list again, the subject id as typed, saying why it is not one (400). */
    MutableHttpResponse<?> notASubject(HttpRequest<?> request, String typed, String error) {
        return people(request, HttpStatus.BAD_REQUEST, null, typed, error);
    }

    private MutableHttpResponse<?> people(
            HttpRequest<?> request,
            HttpStatus status,
            String banner,
            String subject,
            String subjectError) {
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
        return Pages.render(
                status,
                "people",
                new AccessPages.PeoplePage(
                        pages.layout(request, "People and access", subjectError != null),
                        rows,
                        banner,
                        subject,
                        subjectError));
    }

    /** The person's form filled from what is stored (empty for someone not known yet). */
    MutableHttpResponse<?> person(HttpRequest<?> request, String subject) {
        Optional<Person> found = access.find(subject);
        FormState form =
                new FormState(
                        "person",
                        found.map(PeopleViews::values).orElse(Map.of()),
                        Map.of(),
                        Map.of(),
                        List.of(),
                        null,
                        found.map(Person::version).orElse(null));
        return page(request, HttpStatus.OK, subject, found.isPresent(), form, areas.all());
    }

    /** The form again, as typed (or as stored now, when someone else changed it), with why not. */
    MutableHttpResponse<?> refused(
            HttpRequest<?> request, String subject, FormData data, Rejection rejection) {
        boolean stale = rejection.kind() == Rejection.Kind.STALE_VERSION;
        List<FieldError> errors =
                stale
                        ? List.of(
                                new FieldError(
                                        "name",
                                        "Someone else changed this person's access after you opened this page: these are their details now"))
                        : rejection.errors("name");
        List<Area> all = areas.all();
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
                                    errorsByField.putIfAbsent(field, e.formMessage());
                                    return new Problem(
                                            "#person-" + shownAs(field, all), e.formMessage());
                                })
                        .toList();
        Optional<Person> current = access.find(subject);
        Map<String, String> values =
                stale ? current.map(PeopleViews::values).orElse(Map.of()) : data.firstValues();
        FormState form =
                new FormState(
                        "person",
                        values,
                        errorsByField,
                        Map.of(),
                        problems,
                        null,
                        current.map(Person::version).orElse(null));
        return page(request, HttpStatus.BAD_REQUEST, subject, current.isPresent(), form, all);
    }

    /**
     * The form field an error's summary link goes to: the field itself when the page has it; an
     * area the page does not list (a forged post, or an area not on record) goes to the "by area"
     * choice, and the hidden version or the address's subject to the name, the form's first field.
     */
    static String shownAs(String field, List<Area> all) {
        if (field.startsWith("area-")) {
            String id = field.substring("area-".length());
            return all.stream().anyMatch(a -> a.id().value().equals(id)) ? field : "role-areas";
        }
        return field.equals("version") || field.equals("subject") ? "name" : field;
    }

    static Map<String, String> values(Person p) {
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
            FormState form,
            List<Area> all) {
        List<AccessPages.AreaChoice> choices =
                all.stream()
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
