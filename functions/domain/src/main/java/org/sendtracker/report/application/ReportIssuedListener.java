package org.sendtracker.report.application;

import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.report.model.IssuedReport;

/**
 * Told of each report issued (not of a retried request's replay): where a workflow is deployed, it
 * is woken so its Tick emails the link to the board's members.
 */
@FunctionalInterface
public interface ReportIssuedListener {

    void issued(Inspection inspection, IssuedReport report);
}
