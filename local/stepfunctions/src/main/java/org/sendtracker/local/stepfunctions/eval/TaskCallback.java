package org.sendtracker.local.stepfunctions.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** A SendTaskSuccess or SendTaskFailure for a task token. */
public sealed interface TaskCallback {

    record Success(JsonNode output) implements TaskCallback {}

    record Failure(String error, String cause) implements TaskCallback {}
}
