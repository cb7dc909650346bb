package org.sendtracker.local.demo;

import java.time.LocalDate;
import java.util.List;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.InspectionId;

/**
 * A demo area: its id and name, and its inspections, each with the steps recorded on it in order.
 */
record DemoArea(String id, String name, List<Inspection> inspections) {

    DemoArea {
        inspections = List.copyOf(inspections);
    }

    /**
     * An inspection as the new-inspection request gives it, then its events. {@code illustrative}:
     * a fictional inspection.
     */
    record Inspection(
            String framework,
            LocalDate notifiedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean illustrative,
            List<Step> steps) {

        Inspection {
            steps = List.copyOf(steps);
        }

        String id(String areaId) {
            return InspectionId.of(new AreaId(areaId), startsOn).value();
        }
    }
}
