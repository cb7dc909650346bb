package org.sendtracker.local.stepfunctions.asl.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StatesError;

/**
 * The {@code Resource} of a Task state: one of the integrations this engine implements. Any other
 * Resource is refused when the definition is loaded.
 */
public sealed interface TaskResource permits LambdaInvoke, LambdaFunction, StartExecution {

    String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
    String LAMBDA_INVOKE_WAIT_FOR_TASK_TOKEN = "arn:aws:states:::lambda:invoke.waitForTaskToken";
    String START_EXECUTION = "arn:aws:states:::states:startExecution";
    Pattern LAMBDA_FUNCTION_ARN =
            Pattern.compile("arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[^:]+(:[^:]+)?");

    /**
     * True for the callback pattern: the task ends on SendTaskSuccess / SendTaskFailure for its
     * token, not when the invocation returns.
     */
    boolean waitsForTaskToken();

    /**
     * Runs the integration with the effective input (the resolved Parameters).
     *
     * @throws StatesError when the task fails
     */
    JsonNode run(JsonNode effectiveInput, ExecutionContext context);

    static TaskResource parse(StateFields fields) {
        String resource = fields.requiredString("Resource");
        JsonNode parameters = fields.get("Parameters");
        switch (resource) {
            case LAMBDA_INVOKE:
                return LambdaInvoke.parse(fields, parameters, false);
            case LAMBDA_INVOKE_WAIT_FOR_TASK_TOKEN:
                return LambdaInvoke.parse(fields, parameters, true);
            case START_EXECUTION:
                return StartExecution.parse(fields, parameters);
            default:
                if (LAMBDA_FUNCTION_ARN.matcher(resource).matches()) {
                    return new LambdaFunction(FunctionNames.shortName(resource));
                }
                throw fields.problem("unsupported Resource \"" + resource + "\"");
        }
    }
}
