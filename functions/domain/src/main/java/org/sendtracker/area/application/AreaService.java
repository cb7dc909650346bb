package org.sendtracker.area.application;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/** Registers areas and keeps their contacts, with an audit trail of who changed what and when. */
public final class AreaService {

    private final Areas areas;
    private final Clock clock;

    public AreaService(Areas areas, Clock clock) {
        this.areas = Objects.requireNonNull(areas, "areas == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    public Optional<Area> find(String id) {
        return AreaId.isValid(id) ? areas.find(new AreaId(id)) : Optional.empty();
    }

    public List<Area> all() {
        return areas.all();
    }

    /**
     * The areas of {@code ids} that exist, in order of id (as {@link #all} gives them), each read
     * on its own: for someone who may read a few areas, rather than every area kept to theirs.
     */
    public List<Area> of(Collection<AreaId> ids) {
        return ids.stream()
                .sorted(Comparator.comparing(AreaId::value))
                .map(areas::find)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The area's audit trail, oldest first; empty for an unknown area. */
    public List<AreaChange> changes(String id) {
        return AreaId.isValid(id) ? areas.changes(new AreaId(id)) : List.of();
    }

    /** The latest {@code limit} entries of the area's audit trail, newest first. */
    public List<AreaChange> latestChanges(String id, int limit) {
        return AreaId.isValid(id) ? areas.latestChanges(new AreaId(id), limit) : List.of();
    }

    /**
     * The area {@code input} (a request to register one) describes, if it is on record exactly so:
     * the same id, name and contacts. A retry of a registration that went through is answered with
     * it, rather than refused as a clash.
     */
    public Optional<Area> sameAs(Map<String, ?> input) {
        return AreaInput.read(input, null)
                .fold(
                        asked ->
                                areas.find(asked.id())
                                        .filter(
                                                found ->
                                                        AreaChange.difference(found, asked)
                                                                .isEmpty()),
                        refused -> Optional.empty());
    }

    public Result<Area> create(Map<String, ?> input, Actor actor) {
        return AreaInput.read(input, null)
                .flatMap(
                        area -> {
                            Area stored = new Area(area.id(), area.name(), area.contacts(), 1);
                            try {
                                areas.create(
                                        stored,
                                        AreaChange.registered(
                                                stored, actor.name(), actor.id(), clock.instant()));
                            } catch (ConcurrentChangeException e) {
                                return Result.refused(
                                        new Rejection.Conflict(
                                                "An area with id '"
                                                        + area.id()
                                                        + "' is already registered"));
                            }
                            return Result.ok(stored);
                        });
    }

    /**
     * Replaces the area's name and contacts; {@code expectedVersion} guards against lost updates. A
     * replacement that changes nothing writes nothing and answers with the area as it is.
     */
    public Result<Area> update(
            String id, Map<String, ?> input, Optional<Long> expectedVersion, Actor actor) {
        Optional<Area> current = find(id);
        if (current.isEmpty()) {
            return Result.refused(new Rejection.NotFound("There is no area '" + id + "'"));
        }
        long version = current.get().version();
        if (expectedVersion.isPresent() && expectedVersion.get() != version) {
            return Result.refused(new Rejection.StaleVersion(expectedVersion.get(), version));
        }
        return AreaInput.read(input, id)
                .flatMap(
                        area -> {
                            String difference = AreaChange.difference(current.get(), area);
                            if (difference.isEmpty()) {
                                return Result.ok(current.get());
                            }
                            Area next =
                                    new Area(area.id(), area.name(), area.contacts(), version + 1);
                            try {
                                areas.update(
                                        next,
                                        version,
                                        new AreaChange(
                                                next.version(),
                                                actor.name(),
                                                clock.instant(),
                                                difference,
                                                actor.id()));
                            } catch (ConcurrentChangeException e) {
                                long now = find(id).map(Area::version).orElse(version);
                                // 412 only for a caller who named the version it read
                                return Result.refused(
                                        expectedVersion.isPresent()
                                                ? new Rejection.StaleVersion(
                                                        expectedVersion.get(), now)
                                                : new Rejection.Conflict(
                                                        "Someone else changed this area while you were saving (it is now version "
                                                                + now
                                                                + "): reload it and try again"));
                            }
                            return Result.ok(next);
                        });
    }
}
