package org.sendtracker.local.stepfunctions.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** What a path, payload template or intrinsic function may read besides its input. */
public interface Scope {

    /** The context object that {@code $$} paths select from. */
    JsonNode contextObject();

    /** A fresh random UUID for {@code States.UUID()}. */
    String newUuid();
}
