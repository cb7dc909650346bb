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
import java.util.Optional;
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

    private final Pages pages;
    private final KeptAnswersPages keptPages;

    KeptAnswersController(Pages pages, KeptAnswersPages keptPages) {
        this.pages = pages;
        this.keptPages = keptPages;
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
        String answers = KeptAnswersPages.withoutToken(body == null ? "" : body);
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
                                keptPages.page(request, to, back, answers, false)));
    }

    @Get(KeptAnswers.RESUME)
    MutableHttpResponse<?> resume(HttpRequest<?> request) {
        pages.caller(request);
        return KeptAnswers.read(request)
                .<MutableHttpResponse<?>>map(
                        kept ->
                                Pages.render(
                                                "keptAnswers",
                                                keptPages.page(
                                                        request,
                                                        kept.action(),
                                                        kept.page(),
                                                        kept.body(),
                                                        true))
                                        .cookie(KeptAnswers.forgotten(request)))
                .orElseGet(() -> Pages.seeOther(SafeReturnPath.HOME));
    }
}
