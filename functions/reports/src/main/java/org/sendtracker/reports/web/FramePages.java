package org.sendtracker.reports.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The service's own pages (not found, an error) rendered to HTML here, so that an address that
 * answers a PDF when all is well answers a page in the service's frame when it is not: the route
 * produces a PDF, and a view model would find no writer for it.
 */
@Singleton
final class FramePages {

    private final ViewsRendererLocator renderers;

    FramePages(ViewsRendererLocator renderers) {
        this.renderers = renderers;
    }

    MutableHttpResponse<String> render(
            HttpRequest<?> request, HttpStatus status, String view, Object page) {
        @SuppressWarnings("unchecked")
        ViewsRenderer<Object, HttpRequest<?>> renderer =
                (ViewsRenderer<Object, HttpRequest<?>>)
                        renderers
                                .resolveViewsRenderer(view, "text/html", page)
                                .orElseThrow(() -> new IllegalStateException("no view " + view));
        Writable writable = renderer.render(view, Map.of("page", page), request);
        StringWriter html = new StringWriter();
        try {
            writable.writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.<String>status(status)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(html.toString());
    }
}
