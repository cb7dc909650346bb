package org.sendtracker.local.stepfunctions;

import java.time.Instant;

/** A state machine held by the engine; {@code definition} is after DefinitionSubstitutions. */
public record StateMachineDescription(
        String stateMachineArn,
        String name,
        String definition,
        Instant creationDate,
        Instant updateDate) {}
