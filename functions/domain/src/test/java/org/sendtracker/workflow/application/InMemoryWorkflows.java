package org.sendtracker.workflow.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sendtracker.inspection.model.InspectionId;

/**
 * Workflow states with the DynamoDB adapter's rule: an older generation never overwrites a newer
 * one.
 */
final class InMemoryWorkflows implements Workflows {

    private final Map<InspectionId, WorkflowState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<WorkflowState> find(InspectionId id) {
        return Optional.ofNullable(states.get(id));
    }

    @Override
    public boolean save(WorkflowState state) {
        boolean[] stored = {false};
        states.compute(
                state.inspectionId(),
                (id, current) -> {
                    if (current == null || current.generation() <= state.generation()) {
                        stored[0] = true;
                        return state;
                    }
                    return current;
                });
        return stored[0];
    }

    @Override
    public List<WorkflowState> overdueBefore(Instant before) {
        return states.values().stream()
                .filter(state -> !state.ended() && state.nextWakeAt().isBefore(before))
                .sorted(Comparator.comparing(WorkflowState::nextWakeAt))
                .toList();
    }
}
