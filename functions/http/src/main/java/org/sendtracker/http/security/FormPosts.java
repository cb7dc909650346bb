package org.sendtracker.http.security;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * The one way a form post is read (docs/security.md): the caller, and the fields only if the post
 * carries this session's anti-forgery token. Every form controller starts here, so none can forget
 * the check.
 */
@Singleton
public final class FormPosts {

    private final Callers callers;
    private final AntiForgery antiForgery;

    FormPosts(Callers callers, AntiForgery antiForgery) {
        this.callers = callers;
        this.antiForgery = antiForgery;
    }

    public record Post(Caller caller, FormData data) {}

    public Result<Post> read(HttpRequest<?> request, String body) {
        Caller caller = callers.require(request);
        FormData data = FormData.parse(body);
        if (!antiForgery.accepts(request, caller, data.first(AntiForgery.FIELD))) {
            return Result.refused(new Rejection.Forbidden(FORGED));
        }
        return Result.ok(new Post(caller, data));
    }

    public static final String FORGED =
            "This form could not be accepted because it did not come from a page of this service, "
                    + "or your session changed since the page was opened. Go back, reload the page and try again.";
}
