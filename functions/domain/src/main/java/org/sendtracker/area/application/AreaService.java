package org.sendtracker.area.application;

import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.AreaInput;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Registers areas and keeps their contacts. */
public final class AreaService {

    private final Areas areas;

    public AreaService(Areas areas) {
        this.areas = Objects.requireNonNull(areas, "areas == null");
    }

    public Optional<Area> find(String id) {
        return AreaId.isValid(id) ? areas.find(new AreaId(id)) : Optional.empty();
    }

    public List<Area> all() {
        return areas.all();
    }

    public Result<Area> create(Map<String, ?> input) {
        return AreaInput.read(input, null).flatMap(area -> {
            Area stored = new Area(area.id(), area.name(), area.contacts(), 1);
            try {
                areas.create(stored);
            } catch (ConcurrentChangeException e) {
                return Result.refused(new Rejection.Conflict("An area with id '" + area.id() + "' is already registered"));
            }
            return Result.ok(stored);
        });
    }

    /** Replaces the area's name and contacts; {@code expectedVersion} guards against lost updates. */
    public Result<Area> update(String id, Map<String, ?> input, Optional<Long> expectedVersion) {
        Optional<Area> current = find(id);
        if (current.isEmpty()) {
            return Result.refused(new Rejection.NotFound("There is no area '" + id + "'"));
        }
        long version = current.get().version();
        if (expectedVersion.isPresent() && expectedVersion.get() != version) {
            return Result.refused(new Rejection.StaleVersion(expectedVersion.get(), version));
        }
        return AreaInput.read(input, id).flatMap(area -> {
            Area next = new Area(area.id(), area.name(), area.contacts(), version + 1);
            try {
                areas.update(next, version);
            } catch (ConcurrentChangeException e) {
                long now = find(id).map(Area::version).orElse(version);
                return Result.refused(new Rejection.StaleVersion(expectedVersion.orElse(version), now));
            }
            return Result.ok(next);
        });
    }
}
