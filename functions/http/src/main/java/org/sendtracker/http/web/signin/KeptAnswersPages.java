package org.sendtracker.http.web.signin;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sendtracker.http.security.AntiForgery;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.layout.Pages;

/**
 * The page of kept answers ({@link KeptAnswersController}): what was typed, listed, and the form
 * that posts all of it back where it was going.
 */
@Singleton
final class KeptAnswersPages {

    /** Fields a person did not type: not listed, but posted back as they were. */
    private static final Set<String> NOT_TYPED =
            Set.of("version", "idempotencyKey", "rows", "type");

    private final Pages pages;

    KeptAnswersPages(Pages pages) {
        this.pages = pages;
    }

    KeptAnswersPage page(
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
        // a removal names nothing typed: sending it again from here would remove something the
        // page cannot show, so it is not offered; the person goes back to its "Are you sure?" page
        boolean removal = action != null && action.replaceAll("/+$", "").endsWith("/remove");
        String title =
                removal
                        ? "Nothing was removed"
                        : signedIn
                                ? "Send the answers you typed"
                                : "Sign in again: your answers are below";
        return new KeptAnswersPage(
                pages.layout(request, title, false),
                signedIn && !removal ? action : null,
                removal ? action : back,
                Pages.signInHref(removal ? action : back),
                fields,
                shown,
                removal);
    }

    static String withoutToken(String body) {
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
