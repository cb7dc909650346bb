package org.sendtracker.workflow.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sendtracker.inspection.model.InspectionId;

/** Workflow states, one per inspection. Stale ones are found by index (never a scan). */
public interface Workflows {

    Optional<WorkflowState> find(InspectionId id);

    /**
     * Stores {@code state} unless a newer generation is already stored; false if it was not stored.
     */
    boolean save(WorkflowState state);

    /** Workflows not ended whose {@code nextWakeAt} is before {@code before}. */
    List<WorkflowState> overdueBefore(Instant before);
}
