package org.sendtracker.inspection.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;

/**
 * The inspections on record and their audit trails. Every write is conditional: the implementation
 * stores a change only if the stored version is still the one it was made from, and writes the
 * inspection, its audit entry, its deadlines and the idempotency record together or not at all.
 */
public interface Inspections {

    Optional<Inspection> find(InspectionId id);

    List<Inspection> inArea(AreaId area);

    /**
     * The inspections of {@code ids} that exist, in the order of {@code ids}: for a page that lists
     * a few known inspections. The default gets each; a store may read them together.
     */
    default List<Inspection> findAll(List<InspectionId> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * Every inspection not yet closed, in every area, read from what is open only (not every
     * inspection ever recorded), in order of area and start date.
     */
    List<Inspection> open();

    /**
     * At most {@code limit} inspections of the area, the latest start first, starting after {@code
     * after} in that order (the last of the page before) when given. The default reads the whole
     * area; an index-backed store reads only the page.
     */
    default List<Inspection> inAreaNewestFirst(
            AreaId area, Optional<InspectionId> after, int limit) {
        List<Inspection> newestFirst =
                inArea(area).stream()
                        .sorted(
                                Comparator.comparing(Inspection::startsOn)
                                        .thenComparing(i -> i.id().value())
                                        .reversed())
                        .toList();
        int from =
                after.map(
                                last ->
                                        (int)
                                                        newestFirst.stream()
                                                                .takeWhile(
                                                                        i -> !i.id().equals(last))
                                                                .count()
                                                + 1)
                        .orElse(0);
        return newestFirst.subList(
                Math.min(from, newestFirst.size()), Math.min(from + limit, newestFirst.size()));
    }

    /** The area's inspections not yet closed. */
    default List<Inspection> openIn(AreaId area) {
        return inArea(area).stream().filter(i -> i.stage() != Stage.CLOSED).toList();
    }

    /**
     * The area's inspections closed on {@code since} or later ({@link Inspection#closedOn}), in
     * order of closing day. The default reads the whole area; an index-backed store reads only
     * those.
     */
    default List<Inspection> closedSince(AreaId area, LocalDate since) {
        return inArea(area).stream()
                .filter(i -> i.closedOn().filter(on -> !on.isBefore(since)).isPresent())
                .sorted(
                        Comparator.comparing((Inspection i) -> i.closedOn().orElseThrow())
                                .thenComparing(i -> i.id().value()))
                .toList();
    }

    /**
     * @throws org.sendtracker.shared.ConcurrentChangeException if the id is taken
     */
    void create(Inspection inspection, RecordedEvent created);

    /**
     * Stores {@code next} in place of {@code previous}, if the stored version is still {@code
     * previous.version()}.
     *
     * @throws org.sendtracker.shared.ConcurrentChangeException if the version moved on, or the
     *     idempotency key was used meanwhile
     */
    void update(
            Inspection previous,
            Inspection next,
            RecordedEvent event,
            Optional<IdempotentResult> idempotency);

    Optional<IdempotentResult> idempotentResult(InspectionId id, String key);

    /** The audit trail, oldest first. */
    List<RecordedEvent> history(InspectionId id);

    /**
     * Makes what the store keeps beside {@code inspection} for its lists (its deadline items) agree
     * with it, finishing a change that was written in parts and stopped between them
     * (docs/design.md, "An inspection's writes"). Nothing to do for a store that writes every
     * change whole, the default.
     */
    default void settle(Inspection inspection) {}
}
