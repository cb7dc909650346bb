package org.sendtracker.inspection.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.RecordTooLargeException;

/** Inspections and their audit trails in memory, with the stored repository's version check. */
final class TrailInMemory implements Inspections {

    private final Map<InspectionId, Inspection> inspections = new ConcurrentHashMap<>();
    private final Map<InspectionId, List<RecordedEvent>> trails = new ConcurrentHashMap<>();
    private volatile boolean full;

    /** From now on, every update is refused as the store refuses an item over its size. */
    void fill() {
        full = true;
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
    public synchronized void create(Inspection inspection, RecordedEvent created) {
        if (inspections.putIfAbsent(inspection.id(), inspection) != null) {
            throw new ConcurrentChangeException(inspection.id() + " exists");
        }
        trails.put(inspection.id(), new ArrayList<>(List.of(created)));
    }

    @Override
    public synchronized void update(
            Inspection previous,
            Inspection next,
            RecordedEvent event,
            Optional<IdempotentResult> idempotency) {
        if (inspections.get(previous.id()).version() != previous.version()) {
            throw new ConcurrentChangeException(previous.id() + " moved on");
        }
        if (full) {
            throw new RecordTooLargeException(previous.id() + " would be too large");
        }
        inspections.put(next.id(), next);
        trails.get(next.id()).add(event);
    }

    @Override
    public Optional<IdempotentResult> idempotentResult(InspectionId id, String key) {
        return Optional.empty();
    }

    @Override
    public List<RecordedEvent> history(InspectionId id) {
        return List.copyOf(trails.getOrDefault(id, List.of()));
    }
}
