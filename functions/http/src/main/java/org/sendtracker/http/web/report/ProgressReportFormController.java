package org.sendtracker.http.web.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sendtracker.http.security.FormPosts;
import org.sendtracker.http.web.layout.ErrorPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;

/**
 * The progress report page's "Issue the report" form (the page itself is the reports function's:
 * docs/progress-report.md). Issues through the same service as the API; the form's key makes a
 * double submit issue once. Success shows the issued copy; a refusal says why, and issues nothing.
 */
@Controller("/inspections/{id}/progress-reports")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ProgressReportFormController {

    private final InspectionService inspections;
    private final ProgressReportService reports;
    private final Pages pages;

    ProgressReportFormController(
            InspectionService inspections, ProgressReportService reports, Pages pages) {
        this.inspections = inspections;
        this.reports = reports;
        this.pages = pages;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> issue(
            HttpRequest<?> request, @PathVariable String id, @Nullable @Body String body) {
        return pages.post(request, body, post -> issue(request, id, post));
    }

    private MutableHttpResponse<?> issue(HttpRequest<?> request, String id, FormPosts.Post post) {
        Optional<Inspection> found =
                inspections.find(id).filter(i -> post.caller().canRead(i.areaId().value()));
        if (found.isEmpty()) {
            return pages.notFound(
                    request, "Inspection not found", "There is no inspection '" + id + "'.");
        }
        Inspection inspection = found.get();
        Map<String, Object> input = new LinkedHashMap<>();
        for (String field : new String[] {"board", "from", "to"}) {
            input.put(field, post.data().first(field));
        }
        return post.caller()
                .toEdit(inspection.areaId().value(), () -> noSuchInspection(id))
                .flatMap(actor -> reports.issue(inspection, input, post.data().first("key"), actor))
                .fold(
                        issued -> Pages.seeOther(issued.path()),
                        rejection -> refused(request, rejection));
    }

    private MutableHttpResponse<?> refused(HttpRequest<?> request, Rejection rejection) {
        if (rejection.kind() == Rejection.Kind.FORBIDDEN) {
            return pages.forbidden(request, rejection);
        }
        String heading = "The report could not be issued";
        String message =
                rejection.errors("board").stream()
                                .map(FieldError::formMessage)
                                .collect(Collectors.joining(". "))
                        + ". Go back to the report and try again.";
        return Pages.render(
                rejection.kind() == Rejection.Kind.CONFLICT
                        ? HttpStatus.CONFLICT
                        : HttpStatus.BAD_REQUEST,
                "layout/error",
                new ErrorPage(pages.layout(request, heading, true), heading, message));
    }

    private static Rejection noSuchInspection(String id) {
        return new Rejection.NotFound("There is no inspection '" + id + "'");
    }
}
