package org.sendtracker.area.application;

import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;

import java.util.List;
import java.util.Optional;

/** The areas on record. Implementations write conditionally: a stale version never silently wins. */
public interface Areas {

    Optional<Area> find(AreaId id);

    List<Area> all();

    /** @throws org.sendtracker.shared.ConcurrentChangeException if an area with this id exists */
    void create(Area area);

    /** @throws org.sendtracker.shared.ConcurrentChangeException if {@code previousVersion} is no longer current */
    void update(Area area, long previousVersion);
}
