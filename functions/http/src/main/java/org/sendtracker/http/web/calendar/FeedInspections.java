package org.sendtracker.http.web.calendar;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;

/**
 * The inspections a calendar feed holds: every one still open, however old, and those closed in the
 * last {@value #MONTHS_CLOSED_KEPT} months (on the day their record says they closed, {@link
 * Inspection#closedOn()}), so a feed does not grow with an area's whole history
 * (docs/performance.md, "The CSV's range, the feeds' window").
 *
 * <p>Each part is read from what it shows: the open ones from what is open, the closed ones from
 * the area's closures from the window's first day on, however long ago the inspection started.
 */
@Singleton
final class FeedInspections {

    static final int MONTHS_CLOSED_KEPT = 12;

    private final InspectionService inspections;

    FeedInspections(InspectionService inspections) {
        this.inspections = inspections;
    }

    /** One area's feed, in order of start date. */
    List<Inspection> of(AreaId area) {
        return of(List.of(area));
    }

    /**
     * The feed of {@code areas}, in order of area (as given) and start date: what is open ({@link
     * InspectionService#openIn(Collection)}: each area's part of it, for a few areas), then each
     * area's closures in the window.
     */
    List<Inspection> of(Collection<AreaId> areas) {
        if (areas.isEmpty()) {
            return List.of();
        }
        LocalDate closedSince = inspections.today().minusMonths(MONTHS_CLOSED_KEPT);
        List<Inspection> open = inspections.openIn(areas);
        List<Inspection> all = new ArrayList<>();
        for (AreaId area : areas) {
            Map<InspectionId, Inspection> kept = new LinkedHashMap<>();
            open.stream().filter(i -> i.areaId().equals(area)).forEach(i -> kept.put(i.id(), i));
            inspections.closedSince(area, closedSince).forEach(i -> kept.put(i.id(), i));
            kept.values().stream()
                    .sorted(
                            Comparator.comparing(Inspection::startsOn)
                                    .thenComparing(i -> i.id().value()))
                    .forEach(all::add);
        }
        return all;
    }
}
