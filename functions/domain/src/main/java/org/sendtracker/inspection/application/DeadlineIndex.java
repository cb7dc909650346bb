package org.sendtracker.inspection.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.InspectionId;

/** Deadlines across inspections by due date, read from an index (never a scan). */
public interface DeadlineIndex {

    /**
     * Every deadline due in [{@code from}, {@code to}], optionally in one area, ordered by due
     * date.
     */
    List<DeadlineEntry> dueBetween(LocalDate from, LocalDate to, Optional<AreaId> area);

    /**
     * At most {@code limit} deadlines due in [{@code from}, {@code to}], optionally in one area, in
     * the order of {@link #dueBetween(LocalDate, LocalDate, Optional)}, starting after {@code
     * after} (the position of the last deadline of the page before).
     */
    List<DeadlineEntry> dueBetween(
            LocalDate from,
            LocalDate to,
            Optional<AreaId> area,
            Optional<Position> after,
            int limit);

    /**
     * Every outstanding deadline ({@link
     * org.sendtracker.inspection.model.Deadline#isOutstanding()}: not met, not cancelled) due on or
     * before {@code to}, optionally in one area, ordered by due date; however old, and read from
     * what is outstanding only, not from every deadline ever recorded.
     */
    List<DeadlineEntry> outstandingDueBy(LocalDate to, Optional<AreaId> area);

    /**
     * Every outstanding deadline due before {@code from} ({@link #outstandingDueBy} the day before;
     * none, and nothing read for them, when {@code from} is not after {@link
     * DeadlineService#EARLIEST}), then every deadline due in [{@code from}, {@code to}] ({@link
     * #dueBetween(LocalDate, LocalDate, Optional)}), optionally in one area: the two lists one
     * after the other, each in its own order. An index may read the parts at once; the list is the
     * same.
     */
    default List<DeadlineEntry> outstandingBeforeThenDueBetween(
            LocalDate from, LocalDate to, Optional<AreaId> area) {
        List<DeadlineEntry> found = new ArrayList<>();
        if (from.isAfter(DeadlineService.EARLIEST)) {
            found.addAll(outstandingDueBy(from.minusDays(1), area));
        }
        found.addAll(dueBetween(from, to, area));
        return found;
    }

    /**
     * Deadlines due in [{@code from}, {@code to}], optionally in one area, the latest due first,
     * read only until {@code limit} of them pass {@code keep} (or the range ends): for a list that
     * shows the latest few of a kind. This default reads the whole range; an index-backed store
     * reads it backwards, a page at a time.
     */
    default List<DeadlineEntry> latestDue(
            LocalDate from,
            LocalDate to,
            Optional<AreaId> area,
            Predicate<DeadlineEntry> keep,
            int limit) {
        List<DeadlineEntry> latestFirst = new ArrayList<>(dueBetween(from, to, area));
        Collections.reverse(latestFirst);
        return latestFirst.stream().filter(keep).limit(limit).toList();
    }

    /**
     * At most {@code limit} deadlines met late ({@link
     * org.sendtracker.inspection.model.Deadline#isMetLate()}) due in [{@code from}, {@code to}]
     * that {@code keep} accepts, optionally in one area, in the order of {@link #latestDue} (the
     * latest due first). This default is {@link #latestDue} keeping the met-late ones; an index
     * that holds the deadlines met late apart reads only those.
     */
    default List<DeadlineEntry> latestMetLate(
            LocalDate from,
            LocalDate to,
            Optional<AreaId> area,
            Predicate<DeadlineEntry> keep,
            int limit) {
        return latestDue(
                from, to, area, entry -> entry.deadline().isMetLate() && keep.test(entry), limit);
    }

    /**
     * Every outstanding deadline of every area, in the index's order ({@link
     * OutstandingDeadline#INDEX_ORDER}), from each area's digest: a small item per area that the
     * writes of its inspections keep, so the national dashboard counts and orders what is
     * outstanding without reading every outstanding deadline. Empty while the digests are not known
     * to be complete (an index without them, or before their backfill is done): read the
     * outstanding deadlines instead. This default is an index without digests.
     */
    default Optional<List<OutstandingDeadline>> outstandingDigest() {
        return Optional.empty();
    }

    /**
     * {@link #outstandingDigest()} of {@code areas} only, read from their digests alone (one small
     * item each), in the index's order; empty while the digests are not known to be complete.
     */
    default Optional<List<OutstandingDeadline>> outstandingDigestOf(Set<AreaId> areas) {
        return Optional.empty();
    }

    /**
     * The deadlines at {@code positions} as stored now (met since, or moved, as they are now), in
     * that order, read together: what a list picked from {@link #outstandingDigest} shows. One no
     * longer there (a correction took it away) is left out.
     */
    default List<DeadlineEntry> at(List<Position> positions) {
        throw new UnsupportedOperationException("an index without digests is not read by them");
    }

    /** Where a deadline sits in the index's order: by due date, then inspection, then deadline. */
    record Position(LocalDate dueOn, InspectionId inspectionId, String deadlineId) {

        public static Position of(DeadlineEntry entry) {
            return new Position(
                    entry.deadline().dueOn(), entry.inspectionId(), entry.deadline().id());
        }
    }
}
