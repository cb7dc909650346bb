package org.sendtracker.reports.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sendtracker.improvement.application.ImprovementPlans;
import org.sendtracker.improvement.application.PlanChange;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * Improvement plans a test sets, in place of the DynamoDB store: the reports only read them. The
 * test takes this bean from the context to set them.
 */
@Singleton
@Replaces(ImprovementPlans.class)
public final class FixedPlans implements ImprovementPlans {

    private final Map<InspectionId, ImprovementPlan> plans = new ConcurrentHashMap<>();

    public void put(ImprovementPlan plan) {
        plans.put(plan.inspectionId(), plan);
    }

    @Override
    public ImprovementPlan find(InspectionId id) {
        return plans.getOrDefault(id, ImprovementPlan.empty(id));
    }

    @Override
    public void update(
            Inspection previous,
            Inspection next,
            ImprovementPlan plan,
            RecordedEvent event,
            Optional<PlanChange> idempotency) {
        throw new UnsupportedOperationException("the reports never change a plan");
    }

    @Override
    public Optional<PlanChange> idempotentResult(InspectionId id, String key) {
        return Optional.empty();
    }
}
