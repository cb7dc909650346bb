package org.sendtracker.local.stepfunctions.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import org.sendtracker.local.stepfunctions.ExecutionDescription;
import org.sendtracker.local.stepfunctions.IdGenerator;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.stepfunctions.store.EngineStore;
import org.sendtracker.local.stepfunctions.testing.RecordingInvoker;
import org.sendtracker.testing.SettableClock;

/** An in-memory engine on a hand-moved clock, with fake functions. */
final class EngineFixture {

    final SettableClock clock = SettableClock.at("2024-01-01T00:00:00Z");
    final RecordingInvoker functions =
            new RecordingInvoker()
                    .on("record", payload -> JsonNodeFactory.instance.textNode("recorded"));
    final EngineStore store = EngineStore.inMemory();
    final StepFunctionsEngine engine =
            new StepFunctionsEngine(store, clock, functions, IdGenerator.randomUuids());

    String machine(String name, String definition) {
        return engine.createStateMachine(name, definition, Map.of());
    }

    String start(String machineArn, String name, String input) {
        return engine.startExecution(machineArn, name, input).executionArn();
    }

    ExecutionDescription describe(String executionArn) {
        return engine.describeExecution(executionArn);
    }
}
