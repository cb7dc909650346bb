package org.sendtracker.local.stepfunctions.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** What running (or resuming) one state produced: the interpreter's only control-flow value. */
public sealed interface StepResult {

    /** Go on to {@code state} with {@code output} as its input. */
    record Next(String state, JsonNode output) implements StepResult {}

    /** The execution ends successfully with {@code output} (an End state or a Succeed state). */
    record Succeeded(JsonNode output) implements StepResult {}

    /** The execution fails with an ASL error that no Retry or Catch handled. */
    record Failed(String error, String cause) implements StepResult {}

    /** The execution waits for a timer or a task token; nothing runs until it is resumed. */
    record Suspended(Suspension suspension) implements StepResult {}
}
