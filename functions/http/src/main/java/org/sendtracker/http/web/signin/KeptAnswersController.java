package org.sendtracker.http.web.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendtracker.http.security.AntiForgery;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.http.web.layout.SafeReturnPath;

/**
 * A form posted after the session ended keeps what was typed (docs/security.md): {@code POST
 * /sign-in/keep} (reached by the 307 that answered the form post, with the same body) keeps the
 * answers in a cookie and sends the person to sign in; {@code GET /kept-answers}, signed in again,
 * shows them in a form that posts them where they were going. Neither writes a record.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class KeptAnswersController {

    /** Fields a person did not type: not listed, but posted back as they were. */
    private static final Set<String> NOT_TYPED =
            Set.of("version", "idempotencyKey", "rows", "type");

    private final Pages pages;

    KeptAnswersController(Pages pages) {
        this.pages = pages;
    }

    @Post(KeptAnswers.KEEP)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> keep(
            HttpRequest<?> request,
            @Nullable @QueryValue String action,
            @Nullable @QueryValue String page,
            @Nullable @Body String body) {
        String to = SafeReturnPath.of(action);
        String back = SafeReturnPath.of(page);
        String answers = withoutToken(body == null ? "" : body);
        Optional<MutableHttpResponse<?>> kept =
                to.equals(SafeReturnPath.HOME)
                        ? Optional.empty()
                        : KeptAnswers.cookie(new KeptAnswers.Kept(to, back, answers), request)
                                .map(
                                        cookie ->
                                                Pages.seeOther(Pages.signInHref(KeptAnswers.RESUME))
                                                        .cookie(cookie));
        return kept.orElseGet(
                () ->
                        // Too long to keep through the sign-in: shown here, never silently lost.
                        Pages.render(
                                HttpStatus.UNAUTHORIZED,
                                "keptAnswers",
                                page(request, to, back, answers, false)));
    }

    @Get(KeptAnswers.RESUME)
    MutableHttpResponse<?> resume(HttpRequest<?> request) {
        pages.caller(request);
        return KeptAnswers.read(request)
                .<MutableHttpResponse<?>>map(
                        kept ->
                                Pages.render(
                                                "keptAnswers",
                                                page(
                                                        request,
                                                        kept.action(),
                                                        kept.page(),
                                                        kept.body(),
                                                        true))
                                        .cookie(KeptAnswers.forgotten(request)))
                .orElseGet(() -> Pages.seeOther(SafeReturnPath.HOME));
    }

    private KeptAnswersPage page(
            HttpRequest<?> request, String action, String back, String body, boolean signedIn) {
        List<KeptAnswersPage.Field> fields = new ArrayList<>();
        FormData.parse(body)
                .all()
                .forEach(
                        (name, values) ->
                                values.forEach(
                                        value ->
                                                fields.add(
                                                        new KeptAnswersPage.Field(name, value))));
        List<KeptAnswersPage.Field> shown =
                fields.stream()
                        .filter(f -> !NOT_TYPED.contains(f.name()) && !f.value().isBlank())
                        .toList();
        String title =
                signedIn ? "Send the answers you typed" : "Sign in again: your answers are below";
        return new KeptAnswersPage(
                pages.layout(request, title, false),
                signedIn ? action : null,
                back,
                Pages.signInHref(back),
                fields,
                shown);
    }

    private static String withoutToken(String body) {
        return String.join(
                "&",
                List.of(body.split("&")).stream()
                        .filter(
                                pair ->
                                        !pair.isEmpty()
                                                && !pair.startsWith(AntiForgery.FIELD + "="))
                        .toList());
    }
}
