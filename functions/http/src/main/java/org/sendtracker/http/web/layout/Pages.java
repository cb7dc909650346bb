package org.sendtracker.http.web.layout;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import org.sendtracker.http.support.Actors;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Result;

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

/**
 * Renders pages: the frame ({@link Layout}) for a request, a view with its model, and the redirects of
 * POST-redirect-GET. A template's model is one record, passed to it as {@code page}.
 */
@Singleton
public final class Pages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' h:mma", Locale.UK)
            .withZone(InspectionService.ENGLAND);

    private final Actors actors;
    private final List<NavigationItem> navigation;

    Pages(Actors actors, List<NavigationItem> navigation) {
        this.actors = actors;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    public Layout layout(HttpRequest<?> request, String title, boolean hasErrors) {
        String path = request.getPath();
        List<Layout.NavLink> links = navigation.stream()
                .map(item -> new Layout.NavLink(item.label(), item.href(), isCurrent(item.href(), path)))
                .toList();
        return new Layout(hasErrors ? "Error: " + title : title, signedIn(request).map(Actor::name).orElse(null),
                signInHref(returnPath(request)), links);
    }

    /** Who is signed in (or names themselves in {@code X-Actor}), if anyone. */
    public Optional<Actor> signedIn(HttpRequest<?> request) {
        return actors.of(request) instanceof Result.Ok<Actor> ok ? Optional.of(ok.value()) : Optional.empty();
    }

    public static MutableHttpResponse<?> render(String view, Object page) {
        return render(HttpStatus.OK, view, page);
    }

    public static MutableHttpResponse<?> render(HttpStatus status, String view, Object page) {
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE)
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
        return "/sign-in?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
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
