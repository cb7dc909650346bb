package org.sendtracker.http.report;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.sendtracker.http.security.Caller;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Rejection;

/**
 * The inspection a progress report API call is about ({@link ProgressReportApiController}, {@link
 * IssuedReportsApiController}): one in an area the caller cannot read is answered as an unknown
 * one.
 */
@Singleton
final class ReadableInspections {

    private final InspectionService inspections;

    ReadableInspections(InspectionService inspections) {
        this.inspections = inspections;
    }

    Optional<Inspection> readable(Caller caller, String id) {
        return inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
    }

    static Rejection noSuchInspection(String id) {
        return new Rejection.NotFound("There is no inspection '" + id + "'");
    }
}
