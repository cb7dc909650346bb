package org.sendtracker.http.web.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * {@code POST /admin/people/{subject}}: an administrator grants a person a role and areas from the
 * form of {@link PeoplePagesController} (docs/security.md). The same service and checks as {@code
 * PUT /api/people/{subject}}.
 */
@Controller("/admin/people")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PersonGrantController {

    private final AccessService access;
    private final PeopleViews views;
    private final Pages pages;

    PersonGrantController(AccessService access, PeopleViews views, Pages pages) {
        this.access = access;
        this.views = views;
        this.pages = pages;
    }

    @Post("/{subject}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> save(
            HttpRequest<?> request, @PathVariable String subject, @Nullable @Body String body) {
        return pages.post(request, body, post -> save(request, subject, post));
    }

    private MutableHttpResponse<?> save(
            HttpRequest<?> request, String subject, FormPosts.Post post) {
        Caller caller = post.caller();
        if (!caller.access().isAdministrator()) {
            return pages.forbidden(request, PeoplePagesController.ONLY_ADMINISTRATORS);
        }
        FormData data = post.data();
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
        return (version == null || version.isEmpty()
                        ? notRecordedYet(subject)
                        : Versions.ofForm(version))
                .flatMap(
                        expected ->
                                access.grant(
                                        subject, input, expected, caller.actor(), caller.access()))
                .fold(
                        saved -> Pages.seeOther("/admin/people?saved=" + subject),
                        rejection -> views.refused(request, subject, data, rejection));
    }

    /**
     * A form without a version was shown for someone not recorded yet: if they are recorded now
     * (another administrator granted them access meanwhile, or they signed in), saving it would
     * overwrite that unseen, so it is refused as a stale form, showing their details now.
     */
    private Result<Optional<Long>> notRecordedYet(String subject) {
        return access.find(subject)
                .<Result<Optional<Long>>>map(
                        person -> Result.refused(new Rejection.StaleVersion(0, person.version())))
                .orElseGet(() -> Result.ok(Optional.empty()));
    }
}
