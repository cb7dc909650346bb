package org.sendtracker.http.deadline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.sendtracker.http.inspection.InspectionView;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.QueryOnce;
import org.sendtracker.inspection.application.DeadlineService;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * {@code GET /api/deadlines?from=&to=&areaId=&status=&limit=&next=}: deadlines across the areas the
 * caller may read, from the index; an area they may not read has, for them, no deadlines, as an
 * unknown one has none. Paged: at most {@code limit} (default 500, at most 1,000) are read at a
 * time; when there are more, the answer's {@code Link} header ({@code rel="next"}) is the same
 * query with {@code next=} an opaque cursor, and its {@code Next-Cursor} header that cursor alone.
 * A page can hold fewer than the limit (a status, or areas the caller may not read, are applied
 * after reading), even none: follow the link until there is none. Someone who may read up to three
 * areas has their areas' deadlines read, each area's own, so their pages are full. A parameter
 * given twice ({@code ?limit=1&limit=2}) is a 400: which one was meant cannot be known.
 */
@Controller("/api/deadlines")
final class DeadlineApiController {

    private final DeadlineService deadlines;
    private final Callers callers;

    DeadlineApiController(DeadlineService deadlines, Callers callers) {
        this.deadlines = deadlines;
        this.callers = callers;
    }

    record DueView(
            String inspectionId,
            String areaId,
            String framework,
            String stage,
            InspectionView.DeadlineView deadline) {}

    @Get
    MutableHttpResponse<?> find(HttpRequest<?> request) {
        Map<String, String> query = new LinkedHashMap<>();
        request.getParameters()
                .forEach((name, values) -> query.put(name, values.isEmpty() ? "" : values.get(0)));
        Optional<Rejection> repeated = QueryOnce.repeated(request, DeadlineService.PAGE_FIELDS);
        LocalDate today = deadlines.today();
        Caller caller = callers.require(request);
        return ApiResponses.respond(
                repeated.<Result<Map<String, String>>>map(Result::refused)
                        .orElseGet(() -> Result.ok(query))
                        .flatMap(
                                given ->
                                        deadlines.page(
                                                given,
                                                caller.access().readsEveryArea()
                                                        ? Optional.empty()
                                                        : Optional.of(
                                                                caller.access().areas().keySet()))),
                page ->
                        withNext(
                                request,
                                page.next(),
                                page.due().stream()
                                        .filter(d -> caller.canRead(d.entry().areaId().value()))
                                        .map(
                                                d ->
                                                        new DueView(
                                                                d.entry().inspectionId().value(),
                                                                d.entry().areaId().value(),
                                                                d.entry().framework().name(),
                                                                d.entry().stage().name(),
                                                                InspectionView.DeadlineView.of(
                                                                        d.entry().deadline(),
                                                                        today)))
                                        .toList()));
    }

    /** The page, with the link to the next one if there is one. */
    private static MutableHttpResponse<?> withNext(
            HttpRequest<?> request, Optional<String> next, List<DueView> page) {
        MutableHttpResponse<List<DueView>> response = HttpResponse.ok(page);
        next.ifPresent(
                cursor -> {
                    StringJoiner query = new StringJoiner("&", "?", "");
                    request.getParameters()
                            .forEach(
                                    (name, values) -> {
                                        if (!name.equals("next")) {
                                            values.forEach(
                                                    value ->
                                                            query.add(
                                                                    encode(name)
                                                                            + "="
                                                                            + encode(value)));
                                        }
                                    });
                    query.add("next=" + cursor);
                    response.header("Link", "<" + request.getPath() + query + ">; rel=\"next\"");
                    response.header("Next-Cursor", cursor);
                });
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
