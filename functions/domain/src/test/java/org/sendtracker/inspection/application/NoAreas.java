package org.sendtracker.inspection.application;

import java.util.List;
import java.util.Optional;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;

/** Areas for a test that registers none. */
final class NoAreas {

    static final Areas AT_ALL =
            new Areas() {
                @Override
                public Optional<Area> find(AreaId id) {
                    return Optional.empty();
                }

                @Override
                public List<Area> all() {
                    return List.of();
                }

                @Override
                public void create(Area area, AreaChange registered) {}

                @Override
                public void update(Area area, long previousVersion, AreaChange change) {}

                @Override
                public List<AreaChange> changes(AreaId id) {
                    return List.of();
                }
            };

    private NoAreas() {}
}
