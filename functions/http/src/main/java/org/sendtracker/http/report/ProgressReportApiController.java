package org.sendtracker.http.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Optional;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.QueryOnce;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.shared.Rejection;

/**
 * The progress report's data as JSON (docs/progress-report.md): the same report the page and the
 * PDF show, for a period. Issuing it and the issued copies: {@link IssuedReportsApiController}. An
 * inspection in an area the caller cannot read is answered as an unknown one.
 */
@Controller("/api/inspections/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProgressReportApiController {

    private final ReadableInspections inspections;
    private final ProgressReportService reports;
    private final Callers callers;

    ProgressReportApiController(
            ReadableInspections inspections, ProgressReportService reports, Callers callers) {
        this.inspections = inspections;
        this.reports = reports;
        this.callers = callers;
    }

    @Get("/progress-report")
    MutableHttpResponse<?> report(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        Optional<Rejection> repeated = QueryOnce.repeated(request, List.of("from", "to"));
        if (repeated.isPresent()) {
            return ApiResponses.refused(repeated.get());
        }
        return inspections
                .readable(callers.require(request), id)
                .<MutableHttpResponse<?>>map(
                        found ->
                                ApiResponses.respond(
                                        reports.report(found, from, to), HttpResponse::ok))
                .orElseGet(() -> ApiResponses.refused(ReadableInspections.noSuchInspection(id)));
    }
}
