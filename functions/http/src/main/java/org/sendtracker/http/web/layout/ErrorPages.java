package org.sendtracker.http.web.layout;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors the framework raises itself for a browser (an address no page answers, a method a page
 * does not take, a body too large) as GOV.UK pages in the service's frame rather than Micronaut's
 * default HTML. The API's JSON errors are {@code ApiErrorBodies}; the pages' own 404s (an unknown
 * area or inspection) are rendered by their controllers.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
final class ErrorPages implements HtmlErrorResponseBodyProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String FALLBACK =
            "<!DOCTYPE html><html lang=\"en\"><head><title>Sorry, there is a problem with the service</title></head>"
                    + "<body><h1>Sorry, there is a problem with the service</h1><p>Try again later.</p></body></html>";

    private final Pages pages;
    private final ViewsRendererLocator renderers;

    ErrorPages(Pages pages, ViewsRendererLocator renderers) {
        this.pages = pages;
        this.renderers = renderers;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        Content content = Content.of(response.code());
        Object page =
                response.code() == 404
                        ? new NotFoundPage(
                                pages.layout(request, content.heading(), false), content.message())
                        : new ErrorPage(
                                pages.layout(request, content.heading(), false),
                                content.heading(),
                                content.message());
        String view = response.code() == 404 ? "layout/notFound" : "layout/error";
        try {
            @SuppressWarnings("unchecked")
            Optional<ViewsRenderer<Object, HttpRequest<?>>> renderer =
                    (Optional<ViewsRenderer<Object, HttpRequest<?>>>)
                            (Optional<?>) renderers.resolveViewsRenderer(view, "text/html", page);
            if (renderer.isEmpty()) {
                return FALLBACK;
            }
            Writable writable = renderer.get().render(view, Map.of("page", page), request);
            StringWriter html = new StringWriter();
            writable.writeTo(html);
            return html.toString();
        } catch (IOException | RuntimeException e) {
            LOG.error(
                    "Could not render the error page for {} {}",
                    response.code(),
                    request.getPath(),
                    e);
            return FALLBACK;
        }
    }

    /**
     * What the page says for a status: GOV.UK's wording for its error pages, and what to do next.
     */
    private record Content(String heading, String message) {
        static Content of(int status) {
            return switch (status) {
                case 404 -> new Content("Page not found", "There is no page at this address.");
                case 405 ->
                        new Content(
                                "This page cannot be used that way",
                                "The page does not accept that kind of request. Use the links and buttons on the service's pages.");
                case 413 ->
                        new Content(
                                "What you sent is too large",
                                "Shorten what you typed and try again.");
                case 415, 400 ->
                        new Content(
                                "Sorry, the service could not read that request",
                                "Go back, check what you entered and try again.");
                default ->
                        status >= 500
                                ? new Content(
                                        "Sorry, there is a problem with the service",
                                        "Try again later. If it keeps happening, tell the service team.")
                                : new Content(
                                        "Sorry, the service could not do that",
                                        "Go back and try again.");
            };
        }
    }
}
