package org.sendtracker.inspection.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.DeadlineNeed;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DeadlineKind;

/**
 * An outstanding deadline as the national dashboard needs it, without its rule's text: which list
 * it falls in today ({@link #statusOn}), which inspection it places and which contacts it needs.
 * What each area's digest keeps of every outstanding deadline of its inspections, so that the
 * dashboard counts and orders them without reading them (docs/performance.md, "The national
 * dashboard from each area's digest (stop 22)").
 *
 * @param areaId its inspection's area (the id's own, kept so a list of thousands is not parsed
 *     again for it each time it is sorted or grouped)
 * @param inspectionClosed whether its inspection is closed (its dates others set that passed are
 *     not listed as overdue, and it needs no contact)
 */
public record OutstandingDeadline(
        AreaId areaId,
        InspectionId inspectionId,
        boolean inspectionClosed,
        String deadlineId,
        DeadlineKind kind,
        LocalDate dueOn,
        DateSetter setBy,
        ContactRole owner,
        List<ContactRole> escalateTo)
        implements DeadlineNeed {

    public OutstandingDeadline {
        Objects.requireNonNull(areaId, "areaId == null");
        Objects.requireNonNull(inspectionId, "inspectionId == null");
        // the id is {area}-{yyyy-MM-dd}: checked without parsing the area again
        if (inspectionId.value().length() != areaId.value().length() + "-yyyy-MM-dd".length()
                || !inspectionId.value().startsWith(areaId.value())) {
            throw new IllegalArgumentException(inspectionId + " is not an inspection of " + areaId);
        }
        Objects.requireNonNull(deadlineId, "deadlineId == null");
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(dueOn, "dueOn == null");
        Objects.requireNonNull(setBy, "setBy == null");
        Objects.requireNonNull(owner, "owner == null");
        escalateTo = List.copyOf(escalateTo);
    }

    /** What the digest keeps of {@code deadline}, one of {@code inspection}'s outstanding ones. */
    public static OutstandingDeadline of(Inspection inspection, Deadline deadline) {
        return of(inspection.id(), inspection.stage(), deadline);
    }

    /** What the digest keeps of an outstanding deadline as the index gives it. */
    public static OutstandingDeadline of(DeadlineEntry entry) {
        return of(entry.inspectionId(), entry.stage(), entry.deadline());
    }

    private static OutstandingDeadline of(InspectionId id, Stage stage, Deadline deadline) {
        if (!deadline.isOutstanding()) {
            throw new IllegalArgumentException(
                    "deadline " + deadline.id() + " of " + id + " is not outstanding");
        }
        return new OutstandingDeadline(
                id.areaId(),
                id,
                stage == Stage.CLOSED,
                deadline.id(),
                deadline.kind(),
                deadline.dueOn(),
                deadline.setBy(),
                deadline.owner(),
                deadline.escalateTo());
    }

    /**
     * Every outstanding deadline of {@code inspection}, in the index's order (due date, then id):
     * its part of its area's digest.
     */
    public static List<OutstandingDeadline> ofInspection(Inspection inspection) {
        return inspection.deadlines().stream()
                .filter(Deadline::isOutstanding)
                .map(deadline -> of(inspection, deadline))
                .sorted(INDEX_ORDER)
                .toList();
    }

    /**
     * The index's order: due date, then inspection, then deadline, as the sort key {@code
     * {dueOn}#{id}#{deadline}} orders them (a date is of fixed length, and {@code #} sorts before
     * every character an id may hold, so an id before a longer one it begins is first either way).
     */
    public static final Comparator<OutstandingDeadline> INDEX_ORDER =
            Comparator.comparing(OutstandingDeadline::dueOn)
                    .thenComparing(d -> d.inspectionId().value())
                    .thenComparing(OutstandingDeadline::deadlineId);

    /** Its status on {@code today}: open, overdue or not recorded, as the deadline's own. */
    public DeadlineStatus statusOn(LocalDate today) {
        return DeadlineStatus.ofOutstanding(dueOn, setBy, today);
    }

    /** Where it sits in the index: the key to read it whole by. */
    public DeadlineIndex.Position position() {
        return new DeadlineIndex.Position(dueOn, inspectionId, deadlineId);
    }
}
