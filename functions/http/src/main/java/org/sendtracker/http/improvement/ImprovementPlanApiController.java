package org.sendtracker.http.improvement;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.Versions;
import org.sendtracker.improvement.application.ImprovementService;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;

/**
 * {@code GET /api/inspections/{id}/plan}: an inspection's improvement plan (boards and their
 * reports, actions, measures and their values: docs/boards.md), with the inspection's version as
 * its ETag. Writes: {@link BoardsApiController}, {@link ActionsApiController}, {@link
 * MeasuresApiController}.
 */
@Controller("/api/inspections/{id}")
@Consumes(MediaType.APPLICATION_JSON)
final class ImprovementPlanApiController {

    private final ImprovementService plans;
    private final InspectionService inspections;
    private final Callers callers;

    ImprovementPlanApiController(
            ImprovementService plans, InspectionService inspections, Callers callers) {
        this.plans = plans;
        this.inspections = inspections;
        this.callers = callers;
    }

    @Get("/plan")
    MutableHttpResponse<?> get(HttpRequest<?> request, @PathVariable String id) {
        return inspections
                .find(id)
                .filter(found -> callers.require(request).canRead(found.areaId().value()))
                .<MutableHttpResponse<?>>map(found -> ok(HttpResponse.ok(), found))
                .orElseGet(() -> ApiResponses.refused(PlanWrites.notFound(id)));
    }

    private MutableHttpResponse<?> ok(MutableHttpResponse<?> response, Inspection inspection) {
        return response.body(
                        PlanView.of(
                                plans.plan(inspection.id().value()).orElseThrow(),
                                inspection,
                                inspections.today()))
                .header(HttpHeaders.ETAG, Versions.etag(inspection.version()));
    }
}
