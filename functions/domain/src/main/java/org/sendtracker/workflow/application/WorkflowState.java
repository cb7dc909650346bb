package org.sendtracker.workflow.application;

import java.time.Instant;
import java.util.Objects;
import org.sendtracker.inspection.model.InspectionId;

/**
 * Where an inspection's workflow stands: which generation of execution is current (each stage runs
 * in its own execution, "continue as new"), the task token it waits on, and when it next means to
 * wake. A workflow whose {@code nextWakeAt} is well past is stale: the daily reconcile restarts it.
 */
public record WorkflowState(
        InspectionId inspectionId,
        int generation,
        String stage,
        long seenVersion,
        String taskToken,
        Instant nextWakeAt,
        boolean ended,
        Instant updatedAt) {

    public WorkflowState {
        Objects.requireNonNull(inspectionId, "inspectionId == null");
        Objects.requireNonNull(stage, "stage == null");
        Objects.requireNonNull(nextWakeAt, "nextWakeAt == null");
        Objects.requireNonNull(updatedAt, "updatedAt == null");
    }

    public String executionName() {
        return executionName(inspectionId, generation);
    }

    public static String executionName(InspectionId id, int generation) {
        return id.value() + "-g" + generation;
    }

    public WorkflowState waitingOn(String token, Instant now) {
        return new WorkflowState(
                inspectionId, generation, stage, seenVersion, token, nextWakeAt, ended, now);
    }
}
