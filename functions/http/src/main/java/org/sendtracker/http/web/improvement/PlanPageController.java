package org.sendtracker.http.web.improvement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.improvement.application.ImprovementService;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * {@code /inspections/{id}/plan}: an inspection's improvement plan (docs/boards.md), for anyone who
 * may see the inspection; links to its forms ({@link PlanFormsController}) for those who may edit
 * it. {@code ?saved=n}: the plan entry just recorded, whose summary the page confirms.
 */
@Controller("/inspections/{id}/plan")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PlanPageController {

    private final InspectionService inspections;
    private final ImprovementService plans;
    private final PlanPages planPages;
    private final Pages pages;

    PlanPageController(
            InspectionService inspections,
            ImprovementService plans,
            PlanPages planPages,
            Pages pages) {
        this.inspections = inspections;
        this.plans = plans;
        this.planPages = planPages;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<?> plan(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @QueryValue String saved,
            @Nullable @QueryValue String unchanged) {
        Caller caller = pages.caller(request);
        Optional<Inspection> found =
                inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
        if (found.isEmpty()) {
            return pages.notFound(
                    request, "Inspection not found", "There is no inspection '" + id + "'.");
        }
        Inspection inspection = found.get();
        ImprovementPlan plan = plans.plan(id).orElse(ImprovementPlan.empty(inspection.id()));
        return Pages.render(
                "improvementPlan",
                planPages.page(
                        request,
                        inspection,
                        plan,
                        plans.today(),
                        "true".equals(unchanged) ? NOTHING_CHANGED : banner(inspection, saved),
                        caller.canEdit(inspection.areaId().value())));
    }

    /** What a form saved as the plan already held it is told: nothing was recorded. */
    static final String NOTHING_CHANGED =
            "Nothing was changed: what you saved is what the plan already holds.";

    /** The summary of the plan entry {@code saved}, if it is one. */
    private String banner(Inspection inspection, String saved) {
        if (saved == null || !saved.matches("[1-9]\\d{0,8}")) {
            return null;
        }
        int seq = Integer.parseInt(saved);
        return inspections.history(inspection).stream()
                .filter(e -> e.seq() == seq && PlanEntryTitles.of(e.type()).isPresent())
                .map(RecordedEvent::summary)
                .findFirst()
                .orElse(null);
    }
}
