package org.sendtracker.workflow.application;

import java.time.Instant;
import java.util.Objects;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Stage;

/**
 * Where an inspection's workflow stands: which generation of execution is current (each stage runs
 * in its own execution, "continue as new"), the task token it waits on, and when it next means to
 * wake. A workflow whose {@code nextWakeAt} is well past is stale: the daily reconcile restarts it.
 * Build one with the factory that names its state: {@link #starting}, {@link #sleeping}, {@link
 * #ended}.
 */
public record WorkflowState(
        InspectionId inspectionId,
        int generation,
        Stage stage,
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

    /**
     * A generation about to start (or just started) at {@code now}: due at once, so a start that
     * never happens is found by the reconcile.
     */
    public static WorkflowState starting(
            InspectionId id, int generation, Stage stage, long seenVersion, Instant now) {
        return new WorkflowState(id, generation, stage, seenVersion, null, now, false, now);
    }

    /** A generation that ticked at {@code now} and sleeps until {@code wakeAt} or a change. */
    public static WorkflowState sleeping(
            InspectionId id,
            int generation,
            Stage stage,
            long seenVersion,
            Instant wakeAt,
            Instant now) {
        return new WorkflowState(id, generation, stage, seenVersion, null, wakeAt, false, now);
    }

    /** A workflow that has ended at {@code now}; it leaves the reconcile's view. */
    public static WorkflowState ended(
            InspectionId id, int generation, Stage stage, long seenVersion, Instant now) {
        return new WorkflowState(id, generation, stage, seenVersion, null, now, true, now);
    }

    /** This workflow, ended at {@code now}. */
    public WorkflowState endedAt(Instant now) {
        return ended(inspectionId, generation, stage, seenVersion, now);
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
