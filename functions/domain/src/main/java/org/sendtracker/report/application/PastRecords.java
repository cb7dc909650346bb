package org.sendtracker.report.application;

import java.time.LocalDate;
import java.util.Objects;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.Inspection;

/**
 * Where a report for a past period finds the inspection and its plan as they stood at the end of
 * its last day (docs/progress-report.md, "The report's date").
 */
@FunctionalInterface
public interface PastRecords {

    /** The inspection and its plan as they stood. */
    record AsItStood(Inspection inspection, ImprovementPlan plan) {

        public AsItStood {
            Objects.requireNonNull(inspection, "inspection == null");
            Objects.requireNonNull(plan, "plan == null");
        }
    }

    /** {@code current} and its {@code plan} as they stood at the end of {@code day}. */
    AsItStood on(Inspection current, ImprovementPlan plan, LocalDate day);

    /** No audit trail to read: the record as it is now (the report rolls back its dates). */
    PastRecords NONE = (current, plan, day) -> new AsItStood(current, plan);
}
