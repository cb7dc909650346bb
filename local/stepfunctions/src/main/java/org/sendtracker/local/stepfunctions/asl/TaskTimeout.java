package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.Scope;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.path.JsonPath;

/**
 * {@code TimeoutSeconds} / {@code TimeoutSecondsPath} of a Task. ASL spec, "Task State": "If the
 * state runs longer than the specified timeout, or if more time than the specified heartbeat
 * elapses between heartbeats from the task, then the interpreter fails the state with a
 * States.Timeout Error Name." AWS: the default is 99999999 seconds. The path is resolved against
 * the state input after InputPath.
 */
record TaskTimeout(Long seconds, JsonPath path) {

    static final long DEFAULT_SECONDS = 99_999_999;

    static TaskTimeout parse(StateFields fields) {
        if (fields.has("TimeoutSeconds") && fields.has("TimeoutSecondsPath")) {
            throw fields.problem("has both \"TimeoutSeconds\" and \"TimeoutSecondsPath\"");
        }
        return new TaskTimeout(
                fields.optionalInteger("TimeoutSeconds", 1, DEFAULT_SECONDS).orElse(null),
                fields.optionalPath("TimeoutSecondsPath").orElse(null));
    }

    long secondsFor(JsonNode input, Scope scope) {
        if (seconds != null) {
            return seconds;
        }
        if (path == null) {
            return DEFAULT_SECONDS;
        }
        JsonNode value =
                path.select(input, scope.contextObject())
                        .orElseThrow(
                                () ->
                                        StatesError.runtime(
                                                "Invalid path '"
                                                        + path.text()
                                                        + "' in TimeoutSecondsPath: no results in '"
                                                        + input
                                                        + "'"));
        if (!value.isIntegralNumber() || value.longValue() < 1) {
            throw StatesError.runtime(
                    "TimeoutSecondsPath '"
                            + path.text()
                            + "' must select a positive integer, was "
                            + value);
        }
        return value.longValue();
    }
}
