package org.sendtracker.http.deadline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.sendtracker.http.inspection.InspectionView;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.inspection.application.DeadlineService;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/deadlines?from=&to=&areaId=&status=}: deadlines across areas, from the index. */
@Controller("/api/deadlines")
final class DeadlineApiController {

    private final DeadlineService deadlines;

    DeadlineApiController(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    record DueView(String inspectionId, String areaId, String framework, String stage, InspectionView.DeadlineView deadline) {}

    @Get
    MutableHttpResponse<?> find(HttpRequest<?> request) {
        Map<String, String> query = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> query.put(name, values.isEmpty() ? "" : values.get(0)));
        LocalDate today = deadlines.today();
        return ApiResponses.respond(deadlines.find(query), due -> HttpResponse.ok(due.stream()
                .map(d -> new DueView(d.entry().inspectionId().value(), d.entry().areaId().value(), d.entry().framework().name(),
                        d.entry().stage().name(), InspectionView.DeadlineView.of(d.entry().deadline(), today)))
                .toList()));
    }
}
