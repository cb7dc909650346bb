package org.sendtracker.reports.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.report.model.IssuedReport;
import org.sendtracker.report.model.ProgressReport;

/**
 * Each issued copy of an inspection's progress report (docs/progress-report.md), as a page and as a
 * PDF. Whoever cannot read the inspection's area gets the same 404 as for an unknown id or number
 * ({@link ReportResponses}).
 */
@Controller("/inspections/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class IssuedReportPagesController {

    private final ProgressReportService reports;
    private final Pages pages;
    private final ReportResponses responses;

    IssuedReportPagesController(
            ProgressReportService reports, Pages pages, ReportResponses responses) {
        this.reports = reports;
        this.pages = pages;
        this.responses = responses;
    }

    @Get(value = "/progress-reports/{number}", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> issued(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String number) {
        return issued(request, id, number, false);
    }

    @Get(
            value = "/progress-reports/{number}/progress-report.pdf",
            produces = {"application/pdf", MediaType.TEXT_HTML})
    MutableHttpResponse<?> issuedPdf(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String number) {
        return issued(request, id, number, true);
    }

    private MutableHttpResponse<?> issued(
            HttpRequest<?> request, String id, String number, boolean pdf) {
        Caller caller = pages.caller(request);
        Optional<IssuedReport> found =
                responses
                        .readable(caller, id)
                        .flatMap(inspection -> reports.issued(inspection, number));
        if (found.isEmpty()) {
            return responses.notFound(
                    request,
                    "There is no issued report " + number + " of inspection '" + id + "'.");
        }
        IssuedReport issued = found.get();
        ProgressReport report = issued.content();
        ReportPage page =
                new ReportPage(
                        report,
                        ReportPage.sections(report),
                        new ReportPage.Frame(
                                caller.person().name(),
                                "/inspections/" + report.inspectionId(),
                                issued.path() + "/progress-report.pdf"),
                        ReportPage.issued(issued, Pages.when(issued.issuedAt())),
                        null,
                        false,
                        null);
        return pdf
                ? responses.pdf(page, ReportResponses.fileName(report, issued))
                : responses.html(page);
    }
}
