package org.sendtracker.http.web.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.AcceptEncoding;
import org.sendtracker.http.support.LargeAnswer;
import org.sendtracker.http.web.layout.ErrorPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.http.web.layout.PublicUrl;

/**
 * {@code GET /deadlines.csv?areaId=&weeks=&from=}: every deadline of the dashboard's areas due from
 * {@code from} (default: 12 months before today; {@code 2016-01-01} for the whole record) up to the
 * end of its weeks, met, met late and no longer needed ones included (the dashboard shows only what
 * is still to do), and every one still to do however old, soonest first, for a spreadsheet ({@link
 * CsvRange}). A first due date that is not one is a 400 page, never a file. The file is gzipped for
 * a client that accepts it, and a file larger than one Lambda answer can carry is a 400 page too
 * ({@link LargeAnswer}, {@link CsvDownload}).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class DeadlinesCsvController {

    private static final String ERROR_VIEW = "layout/error";
    static final MediaType TEXT_CSV = MediaType.of("text/csv; charset=utf-8; header=present");
    static final List<String> HEADER =
            List.of(
                    "Area",
                    "Area id",
                    "Inspection",
                    "Deadline",
                    "Due on",
                    "Status",
                    "When",
                    "Days late",
                    "Days late counted in",
                    "Date set by",
                    "Rule",
                    "Source",
                    "Reminders go to",
                    "Stage",
                    "Computed due on",
                    "Reason the date was moved",
                    "Link");

    private final DueDeadlines due;
    private final PublicUrl publicUrl;
    private final Callers callers;
    private final Pages pages;
    private final ViewsRendererLocator renderers;
    private final ExecutorService io;
    private final LargeAnswer download;

    DeadlinesCsvController(
            DueDeadlines due,
            PublicUrl publicUrl,
            Callers callers,
            Pages pages,
            ViewsRendererLocator renderers,
            @Named(TaskExecutors.IO) ExecutorService io,
            LargeAnswer download) {
        this.due = due;
        this.download = download;
        this.io = io;
        this.publicUrl = publicUrl;
        this.callers = callers;
        this.pages = pages;
        this.renderers = renderers;
    }

    @Get("/deadlines.csv")
    @Produces("text/csv")
    MutableHttpResponse<?> csv(
            HttpRequest<?> request,
            @Nullable @QueryValue String areaId,
            @Nullable @QueryValue String weeks,
            @Nullable @QueryValue String from) {
        Caller caller = callers.require(request);
        if (weeks != null && !weeks.isEmpty() && !DueDeadlines.Filter.offers(weeks)) {
            // a file of other weeks than asked for, under a name that says so, was sent before
            return page(
                    request,
                    "This spreadsheet's weeks do not work",
                    "The weeks must be one of "
                            + DueDeadlines.Filter.WEEKS.stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(", "))
                            + ", as the dashboard offers them.");
        }
        // The range depends on the weeks only: a bad first due date is refused before any read.
        return CsvRange.of(from, due.today(), DueDeadlines.Filter.of(null, weeks, Map.of()))
                .fold(
                        range -> csv(request, caller, areaId, weeks, range),
                        refusal -> notARange(request, refusal.errors("from").get(0).message()));
    }

    /**
     * The file. The names of the areas the caller may read and the deadlines are read at once
     * (docs/performance.md, "Scale"): the deadlines of the area asked for, as asked; if that turns
     * out not to be an area the caller may read, the filter is every area they may read, and that
     * is read instead. Rows of an area the caller may not read are never kept.
     */
    private MutableHttpResponse<?> csv(
            HttpRequest<?> request, Caller caller, String areaId, String weeks, CsvRange range) {
        CompletableFuture<Map<String, String>> names =
                CompletableFuture.supplyAsync(() -> due.areaNames(caller), io);
        DueDeadlines.Read read =
                due.readEvery(
                        areaId != null && AreaId.isValid(areaId) ? areaId : null,
                        caller.access(),
                        range);
        Map<String, String> areaNames;
        try {
            areaNames = names.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (areaId != null && !areaId.isEmpty() && !areaNames.containsKey(areaId)) {
            // every area's file, under the name "all-areas", was sent before: a mistyped or
            // stale address must not give more than was asked for without saying so
            return page(
                    request,
                    "There is no such area to export",
                    (AreaId.isValid(areaId)
                                    ? "None of the areas you can see has the short id asked for."
                                    : "An area is given by its short id, such as cumbria.")
                            + " Choose the area on the dashboard, or leave it out to export"
                            + " every area you can see.");
        }
        DueDeadlines.Filter filter = DueDeadlines.Filter.of(areaId, weeks, areaNames);
        if (!Objects.equals(filter.areaId(), read.areaId())) {
            read = due.readEvery(filter.areaId(), caller.access(), range);
        }
        Csv csv = new Csv().row(HEADER);
        String base = publicUrl.of(""); // the same for every row: found once
        for (DeadlineRow row : due.everyDeadline(read, areaNames)) {
            csv.row(fields(row, base + row.inspectionHref()));
        }
        LargeAnswer.Body body =
                download.of(
                        csv.toString().getBytes(StandardCharsets.UTF_8),
                        AcceptEncoding.of(
                                request.getHeaders().getAll(HttpHeaders.ACCEPT_ENCODING)));
        if (body instanceof LargeAnswer.TooLarge tooLarge) {
            return tooLarge(request, tooLarge);
        }
        return ((LargeAnswer.Fits) body)
                .response()
                .contentType(TEXT_CSV)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + range.fileName(filter.areaId()) + "\"");
    }

    /**
     * A file too large for one answer: a 400 page saying how large and what to ask for instead, and
     * no file (docs/performance.md, "The CSV under Lambda's 6 MB limit").
     */
    private MutableHttpResponse<?> tooLarge(HttpRequest<?> request, LargeAnswer.TooLarge tooLarge) {
        return page(
                        request,
                        "This spreadsheet is too large to download",
                        CsvDownload.message(tooLarge))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    }

    /**
     * A first due date that is not one: the 400 page, in words, and nothing exported. Rendered
     * here, as {@code ErrorPages} does: this route makes CSV, so no view is rendered for it.
     */
    private MutableHttpResponse<?> notARange(HttpRequest<?> request, String message) {
        return page(request, "This spreadsheet's first due date does not work", message);
    }

    /** A 400 page with {@code heading} and {@code message}. */
    private MutableHttpResponse<?> page(HttpRequest<?> request, String heading, String message) {
        ErrorPage page = new ErrorPage(pages.layout(request, heading, false), heading, message);
        @SuppressWarnings("unchecked")
        ViewsRenderer<Object, HttpRequest<?>> renderer =
                (ViewsRenderer<Object, HttpRequest<?>>)
                        renderers
                                .resolveViewsRenderer(ERROR_VIEW, MediaType.TEXT_HTML, page)
                                .orElseThrow();
        StringWriter html = new StringWriter();
        try {
            renderer.render(ERROR_VIEW, Map.of("page", page), request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.TEXT_HTML_TYPE)
                .body(html.toString());
    }

    /** One deadline's row, under {@link #HEADER}; {@code link} is its inspection's address. */
    static List<String> fields(DeadlineRow row, String link) {
        return List.of(
                row.areaName(),
                row.areaId(),
                row.inspectionLabel(),
                row.what(),
                row.dueOn().toString(),
                row.tag().text(),
                row.when(),
                row.lateBy() == null ? "" : row.lateBy().toString(),
                row.lateBy() == null ? "" : row.lateUnitText(),
                row.setByLabel(),
                row.ruleText(),
                row.source(),
                row.ownerLabel(),
                row.stage().label(),
                row.computedDueOn().toString(),
                row.overridden() ? row.overrideReason() : "",
                link);
    }
}
