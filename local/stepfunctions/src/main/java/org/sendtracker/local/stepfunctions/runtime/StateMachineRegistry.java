package org.sendtracker.local.stepfunctions.runtime;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sendtracker.local.stepfunctions.asl.DefinitionLoader;
import org.sendtracker.local.stepfunctions.asl.StateMachineDefinition;
import org.sendtracker.local.stepfunctions.asl.fields.InvalidDefinitionException;
import org.sendtracker.local.stepfunctions.store.EngineStore;
import org.sendtracker.local.stepfunctions.store.StateMachineSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state machines the engine holds, by name, persisted in the {@link EngineStore}. */
public final class StateMachineRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(StateMachineRegistry.class);

    /** A stored state machine with its parsed definition. */
    public record StateMachine(StateMachineSnapshot snapshot, StateMachineDefinition definition) {}

    private final Map<String, StateMachine> byName = new ConcurrentHashMap<>();
    private final EngineStore store;
    private final Clock clock;

    public StateMachineRegistry(EngineStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        for (StateMachineSnapshot snapshot : store.loadStateMachines()) {
            try {
                byName.put(
                        snapshot.name(),
                        new StateMachine(snapshot, DefinitionLoader.parse(snapshot.definition())));
            } catch (InvalidDefinitionException e) {
                LOG.warn(
                        "Stored state machine {} no longer loads and is skipped: {}",
                        snapshot.name(),
                        e.getMessage());
            }
        }
    }

    /**
     * Creates or replaces the state machine {@code name}; running executions keep their definition.
     */
    public synchronized StateMachine put(
            String name, String definitionText, StateMachineDefinition definition) {
        StateMachine existing = byName.get(name);
        StateMachineSnapshot snapshot =
                new StateMachineSnapshot(
                        name,
                        Arns.stateMachine(name),
                        definitionText,
                        existing == null ? clock.instant() : existing.snapshot().creationDate(),
                        clock.instant());
        StateMachine stateMachine = new StateMachine(snapshot, definition);
        store.saveStateMachine(snapshot);
        byName.put(name, stateMachine);
        return stateMachine;
    }

    public Optional<StateMachine> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<StateMachine> byArn(String arn) {
        return Arns.stateMachineName(arn).flatMap(this::byName);
    }

    public List<StateMachine> all() {
        return byName.values().stream()
                .sorted(Comparator.comparing(m -> m.snapshot().name()))
                .toList();
    }
}
