package org.sendtracker.reports.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.layout.ErrorPage;
import org.sendtracker.http.web.layout.NotFoundPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.report.application.WsoaWork;
import org.sendtracker.report.model.IssuedReport;
import org.sendtracker.report.model.ProgressReport;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;

/**
 * The progress report of an inspection (docs/progress-report.md): the live report for a period as a
 * page and as a PDF, and each issued copy the same two ways. Served by the reports function (its
 * own Lambda, for PDFBox's and JFreeChart's size) and, locally, by the same application as every
 * other page. Whoever cannot read the inspection's area gets the same 404 as for an unknown id.
 */
@Controller("/inspections/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProgressReportPagesController {

    static final MediaType PDF = MediaType.of("application/pdf");

    private final InspectionService inspections;
    private final ProgressReportService reports;
    private final WsoaWork plans;
    private final ReportRenderer renderer;
    private final Pages pages;
    private final FramePages framePages;

    ProgressReportPagesController(
            InspectionService inspections,
            ProgressReportService reports,
            WsoaWork plans,
            ReportRenderer renderer,
            Pages pages,
            FramePages framePages) {
        this.inspections = inspections;
        this.reports = reports;
        this.plans = plans;
        this.renderer = renderer;
        this.pages = pages;
        this.framePages = framePages;
    }

    @Get(value = "/progress-report", produces = MediaType.TEXT_HTML)
    MutableHttpResponse<?> page(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        return live(request, id, from, to, false);
    }

    @Get(
            value = "/progress-report.pdf",
            produces = {"application/pdf", MediaType.TEXT_HTML})
    MutableHttpResponse<?> pdf(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        return live(request, id, from, to, true);
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

    private MutableHttpResponse<?> live(
            HttpRequest<?> request, String id, String from, String to, boolean pdf) {
        Caller caller = pages.caller(request);
        Optional<Inspection> found = readable(caller, id);
        if (found.isEmpty()) {
            return notFound(request, "There is no inspection '" + id + "'.");
        }
        Inspection inspection = found.get();
        return reports.report(inspection, from, to)
                .fold(
                        report -> {
                            ReportPage page =
                                    new ReportPage(
                                            report,
                                            ReportPage.sections(report),
                                            frame(caller, inspection, report),
                                            null,
                                            issueForm(request, caller, inspection),
                                            false,
                                            null);
                            return pdf ? pdf(page, fileName(report, null)) : html(page);
                        },
                        rejection -> badPeriod(request, rejection));
    }

    private MutableHttpResponse<?> issued(
            HttpRequest<?> request, String id, String number, boolean pdf) {
        Caller caller = pages.caller(request);
        Optional<IssuedReport> found =
                readable(caller, id).flatMap(inspection -> reports.issued(inspection, number));
        if (found.isEmpty()) {
            return notFound(
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
        return pdf ? pdf(page, fileName(report, issued)) : html(page);
    }

    private Optional<Inspection> readable(Caller caller, String id) {
        return inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
    }

    private ReportPage.Frame frame(Caller caller, Inspection inspection, ProgressReport report) {
        String query = "?from=" + report.period().from() + "&to=" + report.period().to();
        return new ReportPage.Frame(
                caller.person().name(),
                "/inspections/" + inspection.id().value(),
                "/inspections/" + inspection.id().value() + "/progress-report.pdf" + query);
    }

    /** The issuing form, for someone who may change the area, when it has a board to issue to. */
    private ReportPage.IssueForm issueForm(
            HttpRequest<?> request, Caller caller, Inspection inspection) {
        if (!caller.canEdit(inspection.areaId().value())) {
            return null;
        }
        ImprovementPlan plan = plans.of(inspection.id());
        if (plan.boards().isEmpty()) {
            return null;
        }
        return new ReportPage.IssueForm(
                "/inspections/" + inspection.id().value() + "/progress-reports",
                pages.layout(request, "Progress report", false).csrf(),
                plan.boards().stream()
                        .map(b -> new ReportPage.IssueForm.Board(b.id(), b.name()))
                        .toList(),
                UUID.randomUUID().toString());
    }

    private MutableHttpResponse<?> html(ReportPage page) {
        return HttpResponse.ok(renderer.html(page)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private MutableHttpResponse<?> pdf(ReportPage page, String fileName) {
        return HttpResponse.ok(renderer.pdf(page))
                .contentType(PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /** {@code lancashire-2017-11-20-progress-report-2026-09-01-to-2026-11-29.pdf}. */
    private static String fileName(ProgressReport report, IssuedReport issued) {
        return report.inspectionId()
                + "-progress-report-"
                + (issued == null
                        ? report.period().from() + "-to-" + report.period().to()
                        : "issued-" + issued.number())
                + ".pdf";
    }

    private MutableHttpResponse<?> notFound(HttpRequest<?> request, String message) {
        return framePages.render(
                request,
                HttpStatus.NOT_FOUND,
                "layout/notFound",
                new NotFoundPage(pages.layout(request, "Report not found", false), message));
    }

    /** A period that cannot be read: say what is wrong with each date, change nothing. */
    private MutableHttpResponse<?> badPeriod(HttpRequest<?> request, Rejection rejection) {
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
