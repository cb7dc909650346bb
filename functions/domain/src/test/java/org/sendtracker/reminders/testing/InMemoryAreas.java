package org.sendtracker.reminders.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.shared.ConcurrentChangeException;

/**
 * Areas in a map, with the same conditions as the table: a second create or a stale update is
 * refused.
 */
public final class InMemoryAreas implements Areas {

    private final Map<AreaId, Area> areas = new ConcurrentHashMap<>();
    private final Map<AreaId, List<AreaChange>> changes = new ConcurrentHashMap<>();

    public InMemoryAreas(Area... initial) {
        for (Area area : initial) {
            areas.put(area.id(), area);
        }
    }

    @Override
    public Optional<Area> find(AreaId id) {
        return Optional.ofNullable(areas.get(id));
    }

    @Override
    public List<Area> all() {
        return List.copyOf(areas.values());
    }

    @Override
    public synchronized void create(Area area, AreaChange registered) {
        if (areas.containsKey(area.id())) {
            throw new ConcurrentChangeException("area " + area.id() + " already exists", null);
        }
        areas.put(area.id(), area);
        changes.computeIfAbsent(area.id(), id -> new ArrayList<>()).add(registered);
    }

    @Override
    public synchronized void update(Area area, long previousVersion, AreaChange change) {
        if (areas.get(area.id()) == null || areas.get(area.id()).version() != previousVersion) {
            throw new ConcurrentChangeException(
                    "area " + area.id() + " is no longer at version " + previousVersion, null);
        }
        areas.put(area.id(), area);
        changes.computeIfAbsent(area.id(), id -> new ArrayList<>()).add(change);
    }

    @Override
    public synchronized List<AreaChange> changes(AreaId id) {
        return List.copyOf(changes.getOrDefault(id, List.of()));
    }
}
