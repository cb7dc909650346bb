package org.sendtracker.inspection.application;

import java.util.List;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;

/**
 * The inspections on record and their audit trails. Every write is conditional: the implementation
 * stores a change only if the stored version is still the one it was made from, and writes the
 * inspection, its audit entry, its deadlines and the idempotency record together or not at all.
 */
public interface Inspections {

    Optional<Inspection> find(InspectionId id);

    List<Inspection> inArea(AreaId area);

    /**
     * Every inspection not yet closed, in every area, read from what is open only (not every
     * inspection ever recorded), in order of area and start date.
     */
    List<Inspection> open();

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
}
