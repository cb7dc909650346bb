package org.sendtracker.reminders.testing;

import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Areas in a map: enough for the reminder and workflow services, which only read them. */
public final class InMemoryAreas implements Areas {

    private final Map<AreaId, Area> areas = new ConcurrentHashMap<>();

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
    public void create(Area area) {
        areas.put(area.id(), area);
    }

    @Override
    public void update(Area area, long previousVersion) {
        areas.put(area.id(), area);
    }
}
