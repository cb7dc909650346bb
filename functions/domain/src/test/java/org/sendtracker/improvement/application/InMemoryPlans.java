package org.sendtracker.improvement.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.application.IdempotentResult;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.shared.ConcurrentChangeException;

/** Inspections and their plans in memory, with the version check the table makes. */
final class InMemoryPlans implements ImprovementPlans {

    private final Map<InspectionId, Inspection> stored = new HashMap<>();
    private final Map<InspectionId, ImprovementPlan> plans = new HashMap<>();
    private final Map<String, PlanChange> keys = new HashMap<>();
    final List<RecordedEvent> events = new ArrayList<>();

    /** The inspections the service asked the store to settle, in order. */
    final List<InspectionId> settled = new ArrayList<>();

    void store(Inspection inspection) {
        stored.put(inspection.id(), inspection);
    }

    Inspection inspection(InspectionId id) {
        return stored.get(id);
    }

    @Override
    public ImprovementPlan find(InspectionId id) {
        return plans.getOrDefault(id, ImprovementPlan.empty(id));
    }

    @Override
    public synchronized void update(
            Inspection previous,
            Inspection next,
            ImprovementPlan plan,
            RecordedEvent event,
            Optional<PlanChange> idempotency) {
        if (stored.get(previous.id()).version() != previous.version()) {
            throw new ConcurrentChangeException("version moved on");
        }
        stored.put(next.id(), next);
        plans.put(next.id(), plan);
        events.add(event);
        idempotency.ifPresent(change -> keys.put(next.id() + "/" + change.key(), change));
    }

    @Override
    public Optional<PlanChange> idempotentResult(InspectionId id, String key) {
        return Optional.ofNullable(keys.get(id + "/" + key));
    }

    /** The inspections side, as the service reads it. */
    Inspections inspections() {
        return new Inspections() {
            @Override
            public Optional<Inspection> find(InspectionId id) {
                return Optional.ofNullable(stored.get(id));
            }

            @Override
            public List<Inspection> inArea(AreaId area) {
                return List.of();
            }

            @Override
            public List<Inspection> open() {
                return List.of();
            }

            @Override
            public void create(Inspection inspection, RecordedEvent created) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void update(
                    Inspection previous,
                    Inspection next,
                    RecordedEvent event,
                    Optional<IdempotentResult> idempotency) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<IdempotentResult> idempotentResult(InspectionId id, String key) {
                return Optional.empty();
            }

            @Override
            public List<RecordedEvent> history(InspectionId id) {
                return List.copyOf(events);
            }

            @Override
            public void settle(Inspection inspection) {
                settled.add(inspection.id());
            }
        };
    }
}
