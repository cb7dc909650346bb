package org.sendtracker.workflow.application;

import java.util.Objects;
import org.sendtracker.inspection.model.Stage;

/**
 * The state an execution carries between ticks: which inspection, the stage it was started for, its
 * generation and loop count.
 */
public record TickInput(String inspectionId, Stage stage, int generation, int loops) {

    public TickInput {
        Objects.requireNonNull(inspectionId, "inspectionId == null");
        Objects.requireNonNull(stage, "stage == null");
    }
}
