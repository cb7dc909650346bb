package org.sendtracker.http.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.Subject;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.http.support.Versions;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Who may do what (docs/security.md): {@code GET /api/me} for anyone signed in; {@code GET
 * /api/people}, {@code GET /api/people/{subject}} and {@code PUT /api/people/{subject}} (name,
 * email, role, areas; If-Match) for administrators, each change kept in the person's access trail.
 */
@Controller("/api")
@Consumes(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PeopleApiController {

    private final AccessService access;
    private final Callers callers;
    private final JsonBody json;

    PeopleApiController(AccessService access, Callers callers, JsonBody json) {
        this.access = access;
        this.callers = callers;
        this.json = json;
    }

    @Get("/me")
    MutableHttpResponse<?> me(HttpRequest<?> request) {
        Person me = callers.require(request).person();
        return HttpResponse.ok(PersonView.of(me, access.changes(me.subject())));
    }

    @Get("/people")
    MutableHttpResponse<?> all(HttpRequest<?> request) {
        return ApiResponses.respond(
                callers.require(request).toAdminister(),
                actor ->
                        HttpResponse.ok(
                                access.all().stream()
                                        .sorted(Comparator.comparing(Person::name))
                                        .map(p -> PersonView.of(p, List.of()))
                                        .toList()));
    }

    @Get("/people/{subject}")
    MutableHttpResponse<?> one(HttpRequest<?> request, @PathVariable String subject) {
        return ApiResponses.respond(
                callers.require(request)
                        .toAdminister()
                        .flatMap(
                                actor ->
                                        access.find(subject)
                                                .<Result<Person>>map(Result::ok)
                                                .orElseGet(
                                                        () ->
                                                                Result.refused(
                                                                        new Rejection.NotFound(
                                                                                "There is no person '"
                                                                                        + subject
                                                                                        + "'")))),
                person ->
                        HttpResponse.ok(PersonView.of(person, access.changes(subject)))
                                .header(HttpHeaders.ETAG, Versions.etag(person.version())));
    }

    @Put("/people/{subject}")
    MutableHttpResponse<?> grant(
            HttpRequest<?> request,
            @PathVariable String subject,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return ApiResponses.write(
                callers.require(request),
                caller ->
                        Versions.isAny(ifMatch)
                                        && caller.access().isAdministrator()
                                        && Subject.isValid(subject)
                                        && access.find(subject).isEmpty()
                                ? noneToMatch(subject)
                                : ApiResponses.respond(
                                        Versions.ifMatch(ifMatch)
                                                .flatMap(
                                                        version ->
                                                                json.parse(body)
                                                                        .flatMap(
                                                                                input ->
                                                                                        access
                                                                                                .granted(
                                                                                                        subject,
                                                                                                        input,
                                                                                                        version,
                                                                                                        caller
                                                                                                                .actor(),
                                                                                                        caller
                                                                                                                .access()))),
                                        granted -> {
                                            Person person = granted.person();
                                            PersonView view =
                                                    PersonView.of(person, access.changes(subject));
                                            MutableHttpResponse<?> response =
                                                    granted.created()
                                                            ? HttpResponse.created(view)
                                                                    .header(
                                                                            HttpHeaders.LOCATION,
                                                                            "/api/people/"
                                                                                    + subject)
                                                            : HttpResponse.ok(view);
                                            return response.header(
                                                    HttpHeaders.ETAG,
                                                    Versions.etag(person.version()));
                                        }));
    }

    /**
     * {@code If-Match: *} matches any current version of the record, so none when there is no
     * record yet (RFC 9110 §13.1.1): a 412, where a PUT without If-Match would create the person.
     */
    private static MutableHttpResponse<?> noneToMatch(String subject) {
        return ApiResponses.error(
                HttpStatus.PRECONDITION_FAILED,
                "There is no person '"
                        + subject
                        + "' yet, so If-Match: * (any version of them) does not match: send the"
                        + " request without If-Match to grant access to someone new",
                Map.of());
    }
}
