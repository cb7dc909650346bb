package org.sendtracker.http.deadline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendtracker.http.inspection.InspectionView;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.inspection.application.DeadlineService;

/**
 * {@code GET /api/deadlines?from=&to=&areaId=&status=}: deadlines across the areas the caller may
 * read, from the index; an area they may not read has, for them, no deadlines, as an unknown one
 * has none.
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
        LocalDate today = deadlines.today();
        Caller caller = callers.require(request);
        return ApiResponses.respond(
                deadlines.find(query),
                due ->
                        HttpResponse.ok(
                                due.stream()
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
}
