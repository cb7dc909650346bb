package org.sendtracker.access.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sendtracker.area.model.AreaId;

/**
 * What one person may see and change: a {@link Role} and, for {@link Role#AREAS}, the areas granted
 * with a role in each. Every page, feed, export and API answer asks this one value.
 */
public record Access(Role role, Map<AreaId, AreaRole> areas) {

    /** Areas in the order of their ids, as they are stored and described. */
    private static final Comparator<AreaId> BY_ID = Comparator.comparing(AreaId::value);

    public static final Access NONE = new Access(Role.AREAS, Map.of());
    public static final Access ADMINISTRATOR = new Access(Role.ADMINISTRATOR, Map.of());

    public Access {
        Objects.requireNonNull(role, "role == null");
        areas =
                role == Role.AREAS && areas != null
                        ? Collections.unmodifiableMap(sorted(areas))
                        : Map.of();
    }

    private static Map<AreaId, AreaRole> sorted(Map<AreaId, AreaRole> areas) {
        Map<AreaId, AreaRole> sorted = new TreeMap<>(BY_ID);
        areas.forEach(
                (area, role) -> sorted.put(Objects.requireNonNull(area, "area == null"), role));
        return sorted;
    }

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    /** Reads every area, present and future. */
    public boolean readsEveryArea() {
        return role == Role.ADMINISTRATOR || role == Role.NATIONAL_VIEWER;
    }

    public boolean canRead(AreaId area) {
        return readsEveryArea() || areas.containsKey(area);
    }

    public boolean canEdit(AreaId area) {
        return role == Role.ADMINISTRATOR || areas.get(area) == AreaRole.EDITOR;
    }

    /**
     * Editor of at least one area (or administrator): may be offered the forms that record things.
     */
    public boolean editsAnything() {
        return role == Role.ADMINISTRATOR || areas.containsValue(AreaRole.EDITOR);
    }

    public boolean hasAny() {
        return readsEveryArea() || !areas.isEmpty();
    }

    /**
     * "Administrator", "National viewer", "Editor of cumbria; viewer of lancashire", "No access
     * yet".
     */
    public String describe() {
        if (role != Role.AREAS) {
            return role.label();
        }
        if (areas.isEmpty()) {
            return "No access yet";
        }
        StringBuilder text = new StringBuilder();
        areas.forEach(
                (area, areaRole) ->
                        text.append(
                                        text.length() == 0
                                                ? areaRole.label()
                                                : "; " + areaRole.label().toLowerCase())
                                .append(" of ")
                                .append(area));
        return text.toString();
    }
}
