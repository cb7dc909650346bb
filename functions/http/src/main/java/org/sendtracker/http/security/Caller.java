package org.sendtracker.http.security;

import java.util.List;
import java.util.function.Supplier;
import org.sendtracker.access.model.Access;
import org.sendtracker.access.model.Person;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.DeadlineService;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * The signed-in person making a request, with what they may do (docs/security.md). Where they may
 * not read an area, every answer about it is the one an unknown id gets, so another area's records
 * are never revealed, not even by a different status code or message.
 */
public record Caller(Person person, boolean bearer) {

    public Actor actor() {
        return new Actor(person.subject(), person.name());
    }

    public Access access() {
        return person.access();
    }

    /**
     * An id that is not an area id reads as readable: the domain then answers it as malformed or
     * unknown.
     */
    public boolean canRead(String areaId) {
        return !AreaId.isValid(areaId) || access().canRead(new AreaId(areaId));
    }

    /**
     * The areas this person may read, in order of id: someone granted up to {@value
     * DeadlineService#FEW_AREAS} areas has each read on its own, anyone else every area kept to
     * theirs (docs/performance.md, "One council's dashboard (stop 21)").
     */
    public List<Area> readableAreas(AreaService areas) {
        return readableAreas(access(), areas);
    }

    /** {@link #readableAreas(AreaService)} for someone with {@code access}. */
    public static List<Area> readableAreas(Access access, AreaService areas) {
        if (!access.readsEveryArea() && access.areas().size() <= DeadlineService.FEW_AREAS) {
            return areas.of(access.areas().keySet());
        }
        return areas.all().stream().filter(a -> access.canRead(a.id())).toList();
    }

    public boolean canEdit(String areaId) {
        return AreaId.isValid(areaId) && access().canEdit(new AreaId(areaId));
    }

    /**
     * The actor, if they may change the area; else the unknown-id answer, or 403 where they may
     * read it.
     */
    public Result<Actor> toEdit(String areaId, Supplier<Rejection> unknown) {
        if (!canRead(areaId)) {
            return Result.refused(unknown.get());
        }
        if (AreaId.isValid(areaId) && !canEdit(areaId)) {
            return Result.refused(
                    new Rejection.Forbidden(
                            "You can see this area's records but not change them: "
                                    + "ask an administrator for editor access"));
        }
        return Result.ok(actor());
    }

    public Result<Actor> toAdminister() {
        return access().isAdministrator()
                ? Result.ok(actor())
                : Result.refused(new Rejection.Forbidden("Only an administrator can do this"));
    }
}
