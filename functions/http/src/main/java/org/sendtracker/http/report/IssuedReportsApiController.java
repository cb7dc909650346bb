package org.sendtracker.http.report;

import static org.sendtracker.http.report.ReadableInspections.noSuchInspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.report.model.IssuedReport;
import org.sendtracker.shared.Rejection;

/**
 * Issuing the progress report to a board (a bearer token and an {@code Idempotency-Key}, as every
 * API write) and the issued copies, as JSON (docs/progress-report.md). An inspection in an area the
 * caller cannot read is answered as an unknown one.
 */
@Controller("/api/inspections/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
final class IssuedReportsApiController {

    private final ReadableInspections inspections;
    private final ProgressReportService reports;
    private final JsonBody json;
    private final Callers callers;

    IssuedReportsApiController(
            ReadableInspections inspections,
            ProgressReportService reports,
            JsonBody json,
            Callers callers) {
        this.inspections = inspections;
        this.reports = reports;
        this.json = json;
        this.callers = callers;
    }

    @Get("/progress-reports")
    MutableHttpResponse<?> issued(HttpRequest<?> request, @PathVariable String id) {
        return inspections
                .readable(callers.require(request), id)
                .<MutableHttpResponse<?>>map(
                        found ->
                                HttpResponse.ok(
                                        reports.issued(found).stream()
                                                .map(IssuedCopy::of)
                                                .toList()))
                .orElseGet(() -> ApiResponses.refused(noSuchInspection(id)));
    }

    /**
     * One issued copy in the list: what it is and where to read it, not its content. A board
     * meeting weekly for a few years issues hundreds of copies of 10 to 35 kB each, which together
     * would pass the 6 MB a Lambda may answer; each copy's content is at its own address.
     */
    record IssuedCopy(
            int number,
            String boardId,
            String boardName,
            Instant issuedAt,
            String issuedBy,
            LocalDate from,
            LocalDate to,
            String href,
            String page) {

        static IssuedCopy of(IssuedReport report) {
            return new IssuedCopy(
                    report.number(),
                    report.boardId(),
                    report.boardName(),
                    report.issuedAt(),
                    report.issuedBy().name(),
                    report.content().period().from(),
                    report.content().period().to(),
                    "/api" + report.path(),
                    report.path());
        }
    }

    @Get("/progress-reports/{number}")
    MutableHttpResponse<?> issued(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String number) {
        return inspections
                .readable(callers.require(request), id)
                .flatMap(found -> reports.issued(found, number))
                .<MutableHttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(
                        () ->
                                ApiResponses.refused(
                                        new Rejection.NotFound(
                                                "There is no issued report "
                                                        + number
                                                        + " of inspection '"
                                                        + id
                                                        + "'")));
    }

    /**
     * Issues the report for {@code from}–{@code to} to {@code board} (one of the plan's boards).
     */
    @Post("/progress-reports")
    MutableHttpResponse<?> issue(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @Body String body,
            @Nullable @Header("Idempotency-Key") String key) {
        return ApiResponses.write(
                callers.require(request),
                caller -> {
                    Optional<Inspection> found = inspections.readable(caller, id);
                    if (found.isEmpty()) {
                        return ApiResponses.refused(noSuchInspection(id));
                    }
                    Inspection inspection = found.get();
                    return ApiResponses.respond(
                            caller.toEdit(inspection.areaId().value(), () -> noSuchInspection(id))
                                    .flatMap(
                                            actor ->
                                                    json.parse(body)
                                                            .flatMap(
                                                                    input ->
                                                                            reports.issueOrReplay(
                                                                                    inspection,
                                                                                    input,
                                                                                    key,
                                                                                    actor))),
                            issue -> {
                                IssuedReport issued = issue.report();
                                return new ApiResponses.Creation<>(issued, issue.replayed())
                                        .response(issued)
                                        .header(HttpHeaders.LOCATION, "/api" + issued.path());
                            });
                });
    }
}
