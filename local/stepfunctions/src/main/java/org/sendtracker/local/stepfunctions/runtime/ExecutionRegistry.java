package org.sendtracker.local.stepfunctions.runtime;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The executions the engine holds, by ARN. Each execution is guarded by its own monitor. */
public final class ExecutionRegistry {

    private final Map<String, Execution> byArn = new ConcurrentHashMap<>();

    public Optional<Execution> get(String executionArn) {
        return Optional.ofNullable(byArn.get(executionArn));
    }

    public void add(Execution execution) {
        byArn.put(execution.arn(), execution);
    }

    public Collection<Execution> all() {
        return byArn.values();
    }

    /** Executions of one state machine, newest first (as ListExecutions orders them). */
    public List<Execution> ofStateMachine(String stateMachineArn) {
        return byArn.values().stream()
                .filter(e -> e.stateMachineArn().equals(stateMachineArn))
                .sorted(
                        Comparator.comparing(Execution::startDate)
                                .reversed()
                                .thenComparing(Execution::arn))
                .toList();
    }
}
