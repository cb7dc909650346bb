package org.sendtracker.local.stepfunctions.store;

import java.time.Instant;

/** A state machine as stored: its definition after DefinitionSubstitutions were applied. */
public record StateMachineSnapshot(
        String name,
        String stateMachineArn,
        String definition,
        Instant creationDate,
        Instant updateDate) {}
