package org.sendtracker.area.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;

/**
 * The areas on record. Implementations write conditionally: a stale version never silently wins.
 */
public interface Areas {

    Optional<Area> find(AreaId id);

    List<Area> all();

    /**
     * Stores a new area with the first entry of its audit trail, both or neither.
     *
     * @throws org.sendtracker.shared.ConcurrentChangeException if an area with this id exists
     */
    void create(Area area, AreaChange registered);

    /**
     * Replaces the area and adds {@code change} to its audit trail, both or neither.
     *
     * @throws org.sendtracker.shared.ConcurrentChangeException if {@code previousVersion} is no
     *     longer current
     */
    void update(Area area, long previousVersion, AreaChange change);

    /** The area's audit trail, oldest first. */
    List<AreaChange> changes(AreaId id);

    /**
     * The latest {@code limit} entries of the area's audit trail, newest first. The default reads
     * the whole trail; an index-backed store reads only those.
     */
    default List<AreaChange> latestChanges(AreaId id, int limit) {
        List<AreaChange> all = changes(id);
        List<AreaChange> newestFirst =
                new ArrayList<>(all.subList(Math.max(0, all.size() - limit), all.size()));
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
