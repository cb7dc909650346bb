package org.sendtracker.reports.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.report.application.WsoaWork;
import org.sendtracker.report.model.ProgressReport;

/**
 * The live progress report of an inspection for a period (docs/progress-report.md), as a page and
 * as a PDF. Served by the reports function (its own Lambda, for PDFBox's and JFreeChart's size)
 * and, locally, by the same application as every other page. Whoever cannot read the inspection's
 * area gets the same 404 as for an unknown id ({@link ReportResponses}).
 */
@Controller("/inspections/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
final class LiveReportPagesController {

    private final ProgressReportService reports;
    private final WsoaWork plans;
    private final Pages pages;
    private final ReportResponses responses;

    LiveReportPagesController(
            ProgressReportService reports, WsoaWork plans, Pages pages, ReportResponses responses) {
        this.reports = reports;
        this.plans = plans;
        this.pages = pages;
        this.responses = responses;
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

    private MutableHttpResponse<?> live(
            HttpRequest<?> request, String id, String from, String to, boolean pdf) {
        Caller caller = pages.caller(request);
        Optional<Inspection> found = responses.readable(caller, id);
        if (found.isEmpty()) {
            return responses.notFound(request, "There is no inspection '" + id + "'.");
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
                            return pdf
                                    ? responses.pdf(page, ReportResponses.fileName(report, null))
                                    : responses.html(page);
                        },
                        rejection -> responses.badPeriod(request, rejection));
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
}
