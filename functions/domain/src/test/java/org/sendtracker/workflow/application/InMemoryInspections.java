package org.sendtracker.workflow.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.IdempotentResult;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;

/**
 * The inspections on record, as the workflow reads them: by id, always the latest stored version.
 */
final class InMemoryInspections implements Inspections {

    private final Map<InspectionId, Inspection> inspections = new ConcurrentHashMap<>();

    /** The inspections {@link #settle} was asked about, in order. */
    final List<InspectionId> settled = new java.util.concurrent.CopyOnWriteArrayList<>();

    void store(Inspection inspection) {
        inspections.put(inspection.id(), inspection);
    }

    @Override
    public void settle(Inspection inspection) {
        settled.add(inspection.id());
    }

    @Override
    public Optional<Inspection> find(InspectionId id) {
        return Optional.ofNullable(inspections.get(id));
    }

    @Override
    public List<Inspection> inArea(AreaId area) {
        return inspections.values().stream().filter(i -> i.areaId().equals(area)).toList();
    }

    @Override
    public List<Inspection> open() {
        return inspections.values().stream().filter(i -> i.stage() != Stage.CLOSED).toList();
    }

    @Override
    public void create(Inspection inspection, RecordedEvent created) {
        store(inspection);
    }

    @Override
    public void update(
            Inspection previous,
            Inspection next,
            RecordedEvent event,
            Optional<IdempotentResult> idempotency) {
        store(next);
    }

    @Override
    public Optional<IdempotentResult> idempotentResult(InspectionId id, String key) {
        return Optional.empty();
    }

    @Override
    public List<RecordedEvent> history(InspectionId id) {
        return List.of();
    }
}
