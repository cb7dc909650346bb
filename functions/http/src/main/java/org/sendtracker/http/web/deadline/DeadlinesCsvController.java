package org.sendtracker.http.web.deadline;

import io.micronaut.core.annotation.Nullable;
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
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.web.layout.ErrorPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.http.web.layout.PublicUrl;

/**
 * {@code GET /deadlines.csv?areaId=&weeks=&from=}: every deadline of the dashboard's areas due from
 * {@code from} (default: 12 months before today; {@code 2016-01-01} for the whole record) up to the
 * end of its weeks, met, met late and no longer needed ones included (the dashboard shows only what
 * is still to do), and every one still to do however old, soonest first, for a spreadsheet ({@link
 * CsvRange}). A first due date that is not one is a 400 page, never a file.
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

    DeadlinesCsvController(
            DueDeadlines due,
            PublicUrl publicUrl,
            Callers callers,
            Pages pages,
            ViewsRendererLocator renderers) {
        this.due = due;
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
        Map<String, String> areaNames = due.areaNames(callers.require(request));
        DueDeadlines.Filter filter = DueDeadlines.Filter.of(areaId, weeks, areaNames);
        return CsvRange.of(from, due.today(), filter)
                .fold(
                        range -> csv(filter, range, areaNames),
                        refusal -> notARange(request, refusal.errors("from").get(0).message()));
    }

    private MutableHttpResponse<?> csv(
            DueDeadlines.Filter filter, CsvRange range, Map<String, String> areaNames) {
        Csv csv = new Csv().row(HEADER);
        for (DeadlineRow row : due.everyDeadline(filter, range, areaNames)) {
            csv.row(fields(row, publicUrl.of(row.inspectionHref())));
        }
        return HttpResponse.ok(csv.toString())
                .contentType(TEXT_CSV)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + range.fileName(filter.areaId()) + "\"");
    }

    /**
     * A first due date that is not one: the 400 page, in words, and nothing exported. Rendered
     * here, as {@code ErrorPages} does: this route makes CSV, so no view is rendered for it.
     */
    private MutableHttpResponse<?> notARange(HttpRequest<?> request, String message) {
        String heading = "This spreadsheet's first due date does not work";
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
                row.daysLate() == null ? "" : row.daysLate().toString(),
                row.daysLate() == null ? "" : row.lateUnitText(),
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
