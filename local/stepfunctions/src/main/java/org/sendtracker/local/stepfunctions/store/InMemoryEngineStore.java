package org.sendtracker.local.stepfunctions.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** An {@link EngineStore} for unit tests; snapshots are kept as the bytes a file would hold. */
final class InMemoryEngineStore implements EngineStore {

    private final Map<String, byte[]> stateMachines = new ConcurrentSkipListMap<>();
    private final Map<String, byte[]> executions = new ConcurrentSkipListMap<>();

    @Override
    public void saveStateMachine(StateMachineSnapshot stateMachine) {
        stateMachines.put(stateMachine.name(), SnapshotJson.write(stateMachine));
    }

    @Override
    public void saveExecution(ExecutionSnapshot execution) {
        executions.put(execution.executionArn(), SnapshotJson.write(execution));
    }

    @Override
    public List<StateMachineSnapshot> loadStateMachines() {
        return stateMachines.values().stream()
                .map(bytes -> SnapshotJson.read(bytes, StateMachineSnapshot.class))
                .toList();
    }

    @Override
    public List<ExecutionSnapshot> loadExecutions() {
        return executions.values().stream()
                .map(bytes -> SnapshotJson.read(bytes, ExecutionSnapshot.class))
                .toList();
    }
}
