package org.sendtracker.inspection.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;

/** Deadlines across inspections by due date, read from an index (never a scan). */
public interface DeadlineIndex {

    /**
     * Every deadline due in [{@code from}, {@code to}], optionally in one area, ordered by due
     * date.
     */
    List<DeadlineEntry> dueBetween(LocalDate from, LocalDate to, Optional<AreaId> area);
}
