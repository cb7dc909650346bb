package org.sendtracker.local.stepfunctions.asl.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StatesError;

/**
 * {@code arn:aws:states:::states:startExecution}: starts another execution and does not wait for it
 * ("Request Response" pattern). The result is the StartExecution response: {@code ExecutionArn} and
 * {@code StartDate} (epoch milliseconds). {@code Input} may be a JSON value or a string holding
 * JSON; without it the new execution's input is {@code {}}.
 */
public record StartExecution() implements TaskResource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PARAMETERS = Set.of("StateMachineArn", "Input", "Name");

    static StartExecution parse(StateFields fields, JsonNode parameters) {
        ParameterKeys.check(
                fields, parameters, START_EXECUTION, PARAMETERS, Set.of("StateMachineArn"));
        return new StartExecution();
    }

    @Override
    public boolean waitsForTaskToken() {
        return false;
    }

    @Override
    public JsonNode run(JsonNode effectiveInput, ExecutionContext context) {
        JsonNode arn = effectiveInput.get("StateMachineArn");
        if (arn == null || !arn.isTextual()) {
            throw StatesError.runtime(
                    "Parameters.StateMachineArn must resolve to a string, was " + arn);
        }
        JsonNode name = effectiveInput.get("Name");
        if (name != null && !name.isTextual()) {
            throw StatesError.runtime("Parameters.Name must resolve to a string, was " + name);
        }
        return context.startExecution(
                arn.textValue(),
                name == null ? null : name.textValue(),
                input(effectiveInput.get("Input")));
    }

    private static JsonNode input(JsonNode input) {
        if (input == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!input.isTextual()) {
            return input;
        }
        try {
            return JSON.readTree(input.textValue());
        } catch (JsonProcessingException e) {
            throw new StatesError(
                    "StepFunctions.InvalidExecutionInputException",
                    "Parameters.Input is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
