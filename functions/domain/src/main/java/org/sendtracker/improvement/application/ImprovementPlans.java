package org.sendtracker.improvement.application;

import java.util.Optional;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * The improvement plans on record, one per inspection. A change to a plan is a change to its
 * inspection: the implementation writes the plan, the inspection (only if its stored version is
 * still {@code previous.version()}), the audit entry, the board-report deadlines that changed and
 * the idempotency record together or not at all.
 */
public interface ImprovementPlans {

    /** Everything planned for one inspection: boards, actions, measures; empty when none. */
    ImprovementPlan find(InspectionId id);

    /**
     * @throws org.sendtracker.shared.ConcurrentChangeException if the inspection's version moved
     *     on, or the idempotency key was used meanwhile
     */
    void update(
            Inspection previous,
            Inspection next,
            ImprovementPlan plan,
            RecordedEvent event,
            Optional<PlanChange> idempotency);

    Optional<PlanChange> idempotentResult(InspectionId id, String key);
}
