package org.sendtracker.http.area;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.support.Versions;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.model.ContactGap;
import org.sendtracker.shared.Rejection;

/** How the area API answers with an area: its view (gaps and changes included) and its version. */
@Singleton
final class AreaResponses {

    private final AreaService areas;
    private final InspectionService inspections;

    AreaResponses(AreaService areas, InspectionService inspections) {
        this.areas = areas;
        this.inspections = inspections;
    }

    static Rejection noSuchArea(String areaId) {
        return new Rejection.NotFound("There is no area '" + areaId + "'");
    }

    AreaView view(Area area) {
        List<Inspection> its = inspections.inArea(area.id().value()).orElseThrow();
        return AreaView.of(
                area, ContactGap.withLeadOfficer(area, its), areas.changes(area.id().value()));
    }

    static MutableHttpResponse<?> withVersion(MutableHttpResponse<?> response, Area area) {
        return response.header(HttpHeaders.ETAG, Versions.etag(area.version()));
    }
}
