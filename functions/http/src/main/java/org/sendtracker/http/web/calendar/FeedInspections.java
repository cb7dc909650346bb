package org.sendtracker.http.web.calendar;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Stage;

/**
 * The inspections a calendar feed holds: every one still open, however old, and those closed in the
 * last {@value #MONTHS_CLOSED_KEPT} months (closed on their last step's day, {@link
 * Inspection#lastEventOn()}), so a feed does not grow with an area's whole history
 * (docs/performance.md, "Scale").
 *
 * <p>The open ones come from what is open only. The recently closed ones come from the area's
 * inspections read newest first, a page at a time, stopping at the first that started before
 * {@value #LONGEST_RUN_YEARS} years before the window: nothing that old can have closed within it,
 * as no lifecycle runs that long (an outcome-1 case of the 2023 framework closes when the next full
 * inspection is notified, about five years on; the 2016 framework's longest on record ran four).
 */
@Singleton
final class FeedInspections {

    static final int MONTHS_CLOSED_KEPT = 12;
    static final int LONGEST_RUN_YEARS = 7;
    private static final int PAGE = 20;

    private final InspectionService inspections;

    FeedInspections(InspectionService inspections) {
        this.inspections = inspections;
    }

    /** One area's feed, in order of start date. */
    List<Inspection> of(AreaId area) {
        return of(List.of(area));
    }

    /**
     * The feed of {@code areas}, in order of area (as given) and start date: one read of what is
     * open (the area's part of it, for one area), then each area's recent inspections.
     */
    List<Inspection> of(Collection<AreaId> areas) {
        if (areas.isEmpty()) {
            return List.of();
        }
        LocalDate closedSince = inspections.today().minusMonths(MONTHS_CLOSED_KEPT);
        LocalDate startedSince = closedSince.minusYears(LONGEST_RUN_YEARS);
        List<Inspection> open =
                areas.size() == 1
                        ? inspections.openIn(areas.iterator().next())
                        : inspections.open().stream()
                                .filter(i -> areas.contains(i.areaId()))
                                .toList();
        List<Inspection> all = new ArrayList<>();
        for (AreaId area : areas) {
            Map<InspectionId, Inspection> kept = new LinkedHashMap<>();
            open.stream().filter(i -> i.areaId().equals(area)).forEach(i -> kept.put(i.id(), i));
            recentlyClosed(area, closedSince, startedSince).forEach(i -> kept.put(i.id(), i));
            kept.values().stream()
                    .sorted(
                            Comparator.comparing(Inspection::startsOn)
                                    .thenComparing(i -> i.id().value()))
                    .forEach(all::add);
        }
        return all;
    }

    private List<Inspection> recentlyClosed(
            AreaId area, LocalDate closedSince, LocalDate startedSince) {
        List<Inspection> closed = new ArrayList<>();
        Optional<InspectionId> after = Optional.empty();
        while (true) {
            List<Inspection> page = inspections.inAreaNewestFirst(area, after, PAGE);
            for (Inspection i : page) {
                if (i.startsOn().isBefore(startedSince)) {
                    return closed;
                }
                if (i.stage() == Stage.CLOSED && !closedOn(i).isBefore(closedSince)) {
                    closed.add(i);
                }
            }
            if (page.size() < PAGE) {
                return closed;
            }
            after = Optional.of(page.get(page.size() - 1).id());
        }
    }

    /** The day a closed inspection closed: its last step's, as no step follows the closing one. */
    private static LocalDate closedOn(Inspection closed) {
        return closed.lastEventOn() == null ? closed.endsOn() : closed.lastEventOn();
    }
}
