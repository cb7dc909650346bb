package org.sendtracker.http.web.deadline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Map;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.web.layout.PublicUrl;

/**
 * {@code GET /deadlines.csv?areaId=&weeks=}: every deadline of the dashboard's areas due up to the
 * end of its weeks, met, met late and no longer needed ones included (the dashboard shows only what
 * is still to do), soonest first, for a spreadsheet.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class DeadlinesCsvController {

    static final MediaType TEXT_CSV = MediaType.of("text/csv; charset=utf-8; header=present");
    static final List<String> HEADER =
            List.of(
                    "Area",
                    "Area id",
                    "Inspection",
                    "Deadline",
                    "Due on",
                    "Status",
                    "When",
                    "Days late",
                    "Days late counted in",
                    "Date set by",
                    "Rule",
                    "Source",
                    "Reminders go to",
                    "Stage",
                    "Computed due on",
                    "Reason the date was moved",
                    "Link");

    private final DueDeadlines due;
    private final PublicUrl publicUrl;
    private final Callers callers;

    DeadlinesCsvController(DueDeadlines due, PublicUrl publicUrl, Callers callers) {
        this.due = due;
        this.publicUrl = publicUrl;
        this.callers = callers;
    }

    @Get("/deadlines.csv")
    @Produces("text/csv")
    MutableHttpResponse<String> csv(
            HttpRequest<?> request,
            @Nullable @QueryValue String areaId,
            @Nullable @QueryValue String weeks) {
        Map<String, String> areaNames = due.areaNames(callers.require(request));
        DueDeadlines.Filter filter = DueDeadlines.Filter.of(areaId, weeks, areaNames);
        List<DeadlineRow> rows = due.everyDeadline(filter, areaNames).orElseThrow();
        Csv csv = new Csv().row(HEADER);
        for (DeadlineRow row : rows) {
            csv.row(fields(row, publicUrl.of(row.inspectionHref())));
        }
        String fileName =
                "send-deadlines-"
                        + (filter.areaId() == null ? "all-areas" : filter.areaId())
                        + "-"
                        + due.today()
                        + ".csv";
        return HttpResponse.ok(csv.toString())
                .contentType(TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /** One deadline's row, under {@link #HEADER}; {@code link} is its inspection's address. */
    static List<String> fields(DeadlineRow row, String link) {
        return List.of(
                row.areaName(),
                row.areaId(),
                row.inspectionLabel(),
                row.what(),
                row.dueOn().toString(),
                row.tag().text(),
                row.when(),
                row.daysLate() == null ? "" : row.daysLate().toString(),
                row.daysLate() == null ? "" : row.lateUnitText(),
                row.setByLabel(),
                row.ruleText(),
                row.source(),
                row.ownerLabel(),
                row.stage().label(),
                row.computedDueOn().toString(),
                row.overridden() ? row.overrideReason() : "",
                link);
    }
}
