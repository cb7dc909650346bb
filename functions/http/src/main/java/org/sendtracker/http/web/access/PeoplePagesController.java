package org.sendtracker.http.web.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.sendtracker.access.model.Subject;
import org.sendtracker.http.web.layout.Pages;

/**
 * {@code /admin/people}: an administrator sees who may sign in and grants each person a role and
 * areas (docs/security.md), saved by {@link PersonGrantController}.
 */
@Controller("/admin/people")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PeoplePagesController {

    static final String ONLY_ADMINISTRATORS =
            "Only an administrator can see and change who has access.";

    private final PeopleViews views;
    private final Pages pages;

    PeoplePagesController(PeopleViews views, Pages pages) {
        this.views = views;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<?> all(HttpRequest<?> request, @Nullable @QueryValue String saved) {
        if (!pages.caller(request).access().isAdministrator()) {
            return pages.forbidden(request, ONLY_ADMINISTRATORS);
        }
        return views.people(request, saved);
    }

    @Get("/by-subject")
    MutableHttpResponse<?> bySubject(HttpRequest<?> request, @Nullable @QueryValue String subject) {
        if (!pages.caller(request).access().isAdministrator()) {
            return pages.forbidden(request, ONLY_ADMINISTRATORS);
        }
        String trimmed = subject == null ? "" : subject.strip();
        if (Subject.isValid(trimmed)) {
            return Pages.seeOther("/admin/people/" + trimmed);
        }
        return views.notASubject(
                request,
                subject == null ? "" : subject,
                trimmed.isEmpty() ? "Enter a subject id" : Subject.NOT_A_SUBJECT);
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
            // no one could have this subject: a page that is not there, not one they may not see
            return pages.notFound(
                    request,
                    "Page not found",
                    "There is no person with that subject id. " + Subject.NOT_A_SUBJECT + ".");
        }
        return views.person(request, subject);
    }
}
