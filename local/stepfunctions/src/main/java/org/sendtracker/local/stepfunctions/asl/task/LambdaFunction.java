package org.sendtracker.local.stepfunctions.asl.task;

import com.fasterxml.jackson.databind.JsonNode;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;

/**
 * A Lambda function ARN as Resource. ASL spec, "Task State": the effective input is sent to the
 * function and "the output of the task is the result" of the function, unwrapped.
 */
public record LambdaFunction(String functionName) implements TaskResource {

    @Override
    public boolean waitsForTaskToken() {
        return false;
    }

    @Override
    public JsonNode run(JsonNode effectiveInput, ExecutionContext context) {
        return context.invokeFunction(functionName, effectiveInput);
    }
}
