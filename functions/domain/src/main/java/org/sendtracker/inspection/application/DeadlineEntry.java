package org.sendtracker.inspection.application;

import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.Framework;

/** A deadline with the inspection it belongs to, as the cross-area index holds it. */
public record DeadlineEntry(
        InspectionId inspectionId,
        AreaId areaId,
        Framework framework,
        Stage stage,
        Deadline deadline) {}
