package org.sendtracker.local.stepfunctions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs a Lambda function for a Task state. The local runner implements it by calling the project's
 * handler classes in-process.
 *
 * <p>{@code functionName} is the short name: the segment after {@code function:} in a function ARN
 * ({@code arn:aws:lambda:us-east-1:123456789012:function:NAME}), or the bare name as written.
 */
@FunctionalInterface
public interface TaskInvoker {

    /**
     * Invokes the function with {@code payload} and returns its output (JSON {@code null} for a
     * function that returns nothing).
     *
     * @throws TaskFailedException when the function fails; its error name is matched by Retry and
     *     Catch as AWS matches a Lambda function's {@code errorType}.
     */
    JsonNode invoke(String functionName, JsonNode payload) throws TaskFailedException;
}
