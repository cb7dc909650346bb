package org.sendtracker.local.stepfunctions.store;

import java.nio.file.Path;
import java.util.List;

/** Where the engine keeps state machines and executions so that a new engine resumes them. */
public interface EngineStore {

    void saveStateMachine(StateMachineSnapshot stateMachine);

    void saveExecution(ExecutionSnapshot execution);

    List<StateMachineSnapshot> loadStateMachines();

    List<ExecutionSnapshot> loadExecutions();

    /** JSON files under {@code directory}, each written atomically (temp file, then rename). */
    static EngineStore directory(Path directory) {
        return new FileEngineStore(directory);
    }

    /**
     * Kept in memory, serialized as the file store would, so a second engine on the same store
     * object resumes exactly as after a restart.
     */
    static EngineStore inMemory() {
        return new InMemoryEngineStore();
    }
}
