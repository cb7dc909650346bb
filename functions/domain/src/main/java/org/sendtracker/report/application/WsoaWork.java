package org.sendtracker.report.application;

import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.InspectionId;

/**
 * Where a report reads an inspection's improvement plan (its boards, the WSoA's actions and the
 * measures of impact): the improvement plans' store where there is one.
 */
@FunctionalInterface
public interface WsoaWork {

    ImprovementPlan of(InspectionId inspection);

    /** No plan recorded anywhere. */
    WsoaWork NONE = ImprovementPlan::empty;
}
