package org.sendtracker.local.stepfunctions.asl.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StatesError;

/**
 * {@code arn:aws:states:::lambda:invoke} and its {@code .waitForTaskToken} form. AWS developer
 * guide, "Invoke Lambda with Step Functions": "the function output is nested inside a dictionary of
 * metadata" ({@code ExecutedVersion}, {@code Payload}, {@code StatusCode}; the SDK metadata fields
 * are left out). The callback form ignores the function's output: "the task ... pauses until it
 * receives that task token back with a SendTaskSuccess or SendTaskFailure call".
 *
 * <p>This engine requires {@code Payload} to be given explicitly and accepts no other Lambda API
 * parameter (Qualifier, InvocationType, ClientContext are refused).
 */
public record LambdaInvoke(boolean waitsForTaskToken) implements TaskResource {

    private static final Set<String> PARAMETERS = Set.of("FunctionName", "Payload");

    static LambdaInvoke parse(StateFields fields, JsonNode parameters, boolean waitForTaskToken) {
        String resource = waitForTaskToken ? LAMBDA_INVOKE_WAIT_FOR_TASK_TOKEN : LAMBDA_INVOKE;
        ParameterKeys.check(fields, parameters, resource, PARAMETERS, PARAMETERS);
        return new LambdaInvoke(waitForTaskToken);
    }

    @Override
    public JsonNode run(JsonNode effectiveInput, ExecutionContext context) {
        JsonNode functionName = effectiveInput.get("FunctionName");
        if (functionName == null || !functionName.isTextual()) {
            throw StatesError.runtime(
                    "Parameters.FunctionName must resolve to a string, was " + functionName);
        }
        JsonNode output =
                context.invokeFunction(
                        FunctionNames.shortName(functionName.textValue()),
                        effectiveInput.get("Payload"));
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("ExecutedVersion", "$LATEST");
        result.set("Payload", output);
        result.put("StatusCode", 200);
        return result;
    }
}
