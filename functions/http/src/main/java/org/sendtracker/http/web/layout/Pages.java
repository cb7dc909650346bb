package org.sendtracker.http.web.layout;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sendtracker.calendar.England;
import org.sendtracker.http.security.AntiForgery;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.shared.Rejection;

/**
 * Renders pages: the frame ({@link Layout}) for a request, a view with its model, and the redirects
 * of POST-redirect-GET. A template's model is one record, passed to it as {@code page}.
 */
@Singleton
public final class Pages {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM uuuu 'at' h:mma", Locale.UK).withZone(England.ZONE);

    private final Callers callers;
    private final AntiForgery antiForgery;
    private final FormPosts forms;
    private final List<NavigationItem> navigation;

    Pages(
            Callers callers,
            AntiForgery antiForgery,
            FormPosts forms,
            List<NavigationItem> navigation) {
        this.callers = callers;
        this.antiForgery = antiForgery;
        this.forms = forms;
        this.navigation =
                navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    public Layout layout(HttpRequest<?> request, String title, boolean hasErrors) {
        String path = request.getPath();
        Optional<Caller> caller = signedIn(request);
        List<Layout.NavLink> links =
                navigation.stream()
                        .filter(item -> item.shownTo(caller))
                        .map(
                                item ->
                                        new Layout.NavLink(
                                                item.label(),
                                                item.href(),
                                                isCurrent(item.href(), path)))
                        .toList();
        return new Layout(
                hasErrors ? "Error: " + title : title,
                caller.map(c -> c.person().name()).orElse(null),
                signInHref(returnPath(request)),
                links,
                antiForgery.tokenFor(request));
    }

    /** The signed-in person of a page that the sign-in rule already required one for. */
    public Caller caller(HttpRequest<?> request) {
        return callers.require(request);
    }

    /** Who is signed in, if anyone (public pages such as sign-in's own may be seen without). */
    public Optional<Caller> signedIn(HttpRequest<?> request) {
        return callers.of(request);
    }

    /**
     * A form post answered by {@code then} once {@link FormPosts#read} has accepted it (its
     * anti-forgery token); a refused post is the 403 page saying why. Every form controller starts
     * here.
     */
    public MutableHttpResponse<?> post(
            HttpRequest<?> request,
            String body,
            Function<FormPosts.Post, MutableHttpResponse<?>> then) {
        return forms.read(request, body)
                .fold(then, refused -> forbidden(request, refused.message()));
    }

    /** The 403 page with a refusal's own message, as a sentence. */
    public MutableHttpResponse<?> forbidden(HttpRequest<?> request, Rejection rejection) {
        return forbidden(request, rejection.message() + ".");
    }

    /** 403 in the service's frame: signed in, and may see this, but not do it. */
    public MutableHttpResponse<?> forbidden(HttpRequest<?> request, String message) {
        String heading = "You cannot do this";
        return render(
                HttpStatus.FORBIDDEN,
                "layout/error",
                new ErrorPage(layout(request, heading, false), heading, message));
    }

    /** The service's "Page not found" page (404), titled {@code title}, saying {@code message}. */
    public MutableHttpResponse<?> notFound(HttpRequest<?> request, String title, String message) {
        return notFound(request, title, message, null);
    }

    /** The "Page not found" page with a link to the nearest page that exists. */
    public MutableHttpResponse<?> notFound(
            HttpRequest<?> request, String title, String message, NotFoundPage.Link back) {
        return render(
                HttpStatus.NOT_FOUND,
                "layout/notFound",
                new NotFoundPage(layout(request, title, false), message, back));
    }

    public static MutableHttpResponse<?> render(String view, Object page) {
        return render(HttpStatus.OK, view, page);
    }

    public static MutableHttpResponse<?> render(HttpStatus status, String view, Object page) {
        return HttpResponse.status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(new ModelAndView<>(view, Map.of("page", page)));
    }

    /** 303 See Other: the browser follows with a GET, so reloading the result never posts again. */
    public static MutableHttpResponse<?> seeOther(String location) {
        return HttpResponse.seeOther(URI.create(location));
    }

    /** A moment as the pages show it, in England's time: "23 November 2026 at 10:15am". */
    public static String when(Instant instant) {
        return WHEN.format(instant);
    }

    public static String signInHref(String returnTo) {
        return "/sign-in?returnTo="
                + URLEncoder.encode(SafeReturnPath.of(returnTo), StandardCharsets.UTF_8);
    }

    /** Where a POST's result is shown: the page the form was on. */
    private static String returnPath(HttpRequest<?> request) {
        String path = request.getPath();
        return path.startsWith("/sign-in") ? "/" : path;
    }

    private static boolean isCurrent(String href, String path) {
        return path.equals(href) || !href.equals("/") && path.startsWith(href + "/");
    }
}
