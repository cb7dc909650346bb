package org.sendtracker.local.stepfunctions.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sendtracker.local.stepfunctions.ApiError;
import org.sendtracker.local.stepfunctions.ExecutionDescription;
import org.sendtracker.local.stepfunctions.SfnApiException;
import org.sendtracker.local.stepfunctions.StartedExecution;
import org.sendtracker.local.stepfunctions.StateMachineDescription;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers Step Functions API calls as the AWS JSON 1.0 protocol does, independent of the HTTP
 * server: the caller passes the {@code X-Amz-Target} header ({@code AWSStepFunctions.<Operation>})
 * and the request body, and sends back the status and body returned. Errors are HTTP 400 with
 * {@code {"__type": "ExecutionAlreadyExists", "message": "..."}}, as the service answers.
 */
public final class SfnJsonProtocol {

    public static final String TARGET_PREFIX = "AWSStepFunctions.";
    private static final Logger LOG = LoggerFactory.getLogger(SfnJsonProtocol.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOCAL_ROLE_ARN =
            "arn:aws:iam::000000000000:role/local-stepfunctions";

    private final StepFunctionsEngine engine;
    private final Map<String, Function<JsonNode, ObjectNode>> operations;

    public SfnJsonProtocol(StepFunctionsEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine == null");
        this.operations =
                Map.ofEntries(
                        Map.entry("CreateStateMachine", this::createStateMachine),
                        Map.entry("UpdateStateMachine", this::updateStateMachine),
                        Map.entry("DescribeStateMachine", this::describeStateMachine),
                        Map.entry("ListStateMachines", this::listStateMachines),
                        Map.entry("StartExecution", this::startExecution),
                        Map.entry("DescribeExecution", this::describeExecution),
                        Map.entry("ListExecutions", this::listExecutions),
                        Map.entry("StopExecution", this::stopExecution),
                        Map.entry("SendTaskSuccess", this::sendTaskSuccess),
                        Map.entry("SendTaskFailure", this::sendTaskFailure),
                        Map.entry("SendTaskHeartbeat", this::sendTaskHeartbeat));
    }

    /**
     * Handles one call: {@code target} is the X-Amz-Target header, {@code body} the JSON request.
     */
    public ProtocolResponse handle(String target, String body) {
        String operation =
                target != null && target.startsWith(TARGET_PREFIX)
                        ? target.substring(TARGET_PREFIX.length())
                        : null;
        Function<JsonNode, ObjectNode> handler =
                operation == null ? null : operations.get(operation);
        if (handler == null) {
            return error(400, "UnknownOperationException", "Unknown operation: " + target);
        }
        JsonNode request;
        try {
            request =
                    body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return error(400, "SerializationException", "The request body is not valid JSON");
        }
        try {
            return new ProtocolResponse(200, handler.apply(request).toString());
        } catch (SfnApiException e) {
            return error(400, e.error().awsName(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} failed", operation, e);
            return error(500, "InternalFailure", "The local engine failed: " + e);
        }
    }

    private ObjectNode createStateMachine(JsonNode request) {
        String name = required(request, "name");
        String definition = required(request, "definition");
        String type = optional(request, "type");
        if (type != null && !type.equals("STANDARD")) {
            throw new SfnApiException(
                    ApiError.VALIDATION,
                    "Only STANDARD state machines are supported locally, not " + type);
        }
        List<StateMachineDescription> existing =
                engine.listStateMachines().stream().filter(m -> m.name().equals(name)).toList();
        if (!existing.isEmpty() && !existing.get(0).definition().equals(definition)) {
            throw new SfnApiException(
                    ApiError.STATE_MACHINE_ALREADY_EXISTS,
                    "State Machine Already Exists: '" + existing.get(0).stateMachineArn() + "'");
        }
        String arn =
                existing.isEmpty()
                        ? engine.createStateMachine(name, definition)
                        : existing.get(0).stateMachineArn();
        StateMachineDescription created = engine.describeStateMachine(arn);
        ObjectNode response = JSON.createObjectNode();
        response.put("stateMachineArn", created.stateMachineArn());
        response.set("creationDate", ProtocolDates.epochSeconds(created.creationDate()));
        return response;
    }

    private ObjectNode updateStateMachine(JsonNode request) {
        StateMachineDescription existing =
                engine.describeStateMachine(required(request, "stateMachineArn"));
        String definition = optional(request, "definition");
        if (definition != null) {
            engine.createStateMachine(existing.name(), definition);
        }
        StateMachineDescription updated = engine.describeStateMachine(existing.stateMachineArn());
        ObjectNode response = JSON.createObjectNode();
        response.set("updateDate", ProtocolDates.epochSeconds(updated.updateDate()));
        return response;
    }

    private ObjectNode describeStateMachine(JsonNode request) {
        StateMachineDescription machine =
                engine.describeStateMachine(required(request, "stateMachineArn"));
        ObjectNode response = summary(machine);
        response.put("status", "ACTIVE");
        response.put("definition", machine.definition());
        response.put("roleArn", LOCAL_ROLE_ARN);
        return response;
    }

    private ObjectNode listStateMachines(JsonNode request) {
        ObjectNode response = JSON.createObjectNode();
        ArrayNode machines = response.putArray("stateMachines");
        engine.listStateMachines().forEach(m -> machines.add(summary(m)));
        return response;
    }

    private ObjectNode startExecution(JsonNode request) {
        StartedExecution started =
                engine.startExecution(
                        required(request, "stateMachineArn"),
                        optional(request, "name"),
                        optional(request, "input"));
        ObjectNode response = JSON.createObjectNode();
        response.put("executionArn", started.executionArn());
        response.set("startDate", ProtocolDates.epochSeconds(started.startDate()));
        return response;
    }

    private ObjectNode describeExecution(JsonNode request) {
        ExecutionDescription execution =
                engine.describeExecution(required(request, "executionArn"));
        ObjectNode response = executionSummary(execution);
        response.put("input", execution.input());
        response.putObject("inputDetails").put("included", true);
        if (execution.output() != null) {
            response.put("output", execution.output());
            response.putObject("outputDetails").put("included", true);
        }
        putIfPresent(response, "error", execution.error());
        putIfPresent(response, "cause", execution.cause());
        return response;
    }

    /** No paging: every execution is returned at once, newest first. */
    private ObjectNode listExecutions(JsonNode request) {
        String filter = optional(request, "statusFilter");
        ExecutionStatus status;
        try {
            status = filter == null ? null : ExecutionStatus.valueOf(filter);
        } catch (IllegalArgumentException e) {
            throw new SfnApiException(ApiError.VALIDATION, "Invalid statusFilter: " + filter);
        }
        ObjectNode response = JSON.createObjectNode();
        ArrayNode executions = response.putArray("executions");
        engine.listExecutions(required(request, "stateMachineArn"), status)
                .forEach(e -> executions.add(executionSummary(e)));
        return response;
    }

    private ObjectNode stopExecution(JsonNode request) {
        Instant stopDate =
                engine.stopExecution(
                        required(request, "executionArn"),
                        optional(request, "error"),
                        optional(request, "cause"));
        ObjectNode response = JSON.createObjectNode();
        response.set("stopDate", ProtocolDates.epochSeconds(stopDate));
        return response;
    }

    private ObjectNode sendTaskSuccess(JsonNode request) {
        engine.sendTaskSuccess(required(request, "taskToken"), required(request, "output"));
        return JSON.createObjectNode();
    }

    private ObjectNode sendTaskFailure(JsonNode request) {
        engine.sendTaskFailure(
                required(request, "taskToken"),
                optional(request, "error"),
                optional(request, "cause"));
        return JSON.createObjectNode();
    }

    private ObjectNode sendTaskHeartbeat(JsonNode request) {
        engine.sendTaskHeartbeat(required(request, "taskToken"));
        return JSON.createObjectNode();
    }

    private static ObjectNode summary(StateMachineDescription machine) {
        ObjectNode node = JSON.createObjectNode();
        node.put("stateMachineArn", machine.stateMachineArn());
        node.put("name", machine.name());
        node.put("type", "STANDARD");
        node.set("creationDate", ProtocolDates.epochSeconds(machine.creationDate()));
        return node;
    }

    private static ObjectNode executionSummary(ExecutionDescription execution) {
        ObjectNode node = JSON.createObjectNode();
        node.put("executionArn", execution.executionArn());
        node.put("stateMachineArn", execution.stateMachineArn());
        node.put("name", execution.name());
        node.put("status", execution.status().name());
        node.set("startDate", ProtocolDates.epochSeconds(execution.startDate()));
        if (execution.stopDate() != null) {
            node.set("stopDate", ProtocolDates.epochSeconds(execution.stopDate()));
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String required(JsonNode request, String field) {
        String value = optional(request, field);
        if (value == null) {
            throw new SfnApiException(ApiError.VALIDATION, "Missing required parameter: " + field);
        }
        return value;
    }

    private static String optional(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ProtocolResponse error(int status, String type, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("__type", type);
        body.put("message", message);
        return new ProtocolResponse(status, body.toString());
    }
}
