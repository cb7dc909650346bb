package org.sendtracker.local.stepfunctions;

import java.util.UUID;

/** Source of the engine's random identifiers: execution names, task tokens, States.UUID(). */
@FunctionalInterface
public interface IdGenerator {

    String newId();

    static IdGenerator randomUuids() {
        return () -> UUID.randomUUID().toString();
    }
}
