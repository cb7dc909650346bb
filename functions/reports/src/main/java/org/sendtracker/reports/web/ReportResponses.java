package org.sendtracker.reports.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.layout.ErrorPage;
import org.sendtracker.http.web.layout.NotFoundPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.report.model.IssuedReport;
import org.sendtracker.report.model.ProgressReport;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;

/**
 * What the progress report pages ({@link LiveReportPagesController}, {@link
 * IssuedReportPagesController}) answer: the report as a page or a PDF, or, in the service's frame,
 * the same 404 for an inspection the caller cannot read as for an unknown one, and a 400 for a
 * period that cannot be read.
 */
@Singleton
final class ReportResponses {

    static final MediaType PDF = MediaType.of("application/pdf");

    private final InspectionService inspections;
    private final ReportRenderer renderer;
    private final Pages pages;
    private final FramePages framePages;

    ReportResponses(
            InspectionService inspections,
            ReportRenderer renderer,
            Pages pages,
            FramePages framePages) {
        this.inspections = inspections;
        this.renderer = renderer;
        this.pages = pages;
        this.framePages = framePages;
    }

    Optional<Inspection> readable(Caller caller, String id) {
        return inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
    }

    MutableHttpResponse<?> html(ReportPage page) {
        return HttpResponse.ok(renderer.html(page)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    MutableHttpResponse<?> pdf(ReportPage page, String fileName) {
        return HttpResponse.ok(renderer.pdf(page))
                .contentType(PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /** {@code lancashire-2017-11-20-progress-report-2026-09-01-to-2026-11-29.pdf}. */
    static String fileName(ProgressReport report, IssuedReport issued) {
        return report.inspectionId()
                + "-progress-report-"
                + (issued == null
                        ? report.period().from() + "-to-" + report.period().to()
                        : "issued-" + issued.number())
                + ".pdf";
    }

    MutableHttpResponse<?> notFound(HttpRequest<?> request, String message) {
        return framePages.render(
                request,
                HttpStatus.NOT_FOUND,
                "layout/notFound",
                new NotFoundPage(pages.layout(request, "Report not found", false), message));
    }

    /** A period that cannot be read: say what is wrong with each date, change nothing. */
    MutableHttpResponse<?> badPeriod(HttpRequest<?> request, Rejection rejection) {
        String heading = "The report's dates are not right";
        String message =
                rejection.errors("from").stream()
                                .map(FieldError::message)
                                .collect(Collectors.joining(". "))
                        + ". Give dates as ?from=YYYY-MM-DD&to=YYYY-MM-DD, or neither for the last three months.";
        return framePages.render(
                request,
                HttpStatus.BAD_REQUEST,
                "layout/error",
                new ErrorPage(pages.layout(request, heading, true), heading, message));
    }
}
