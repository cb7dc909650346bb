package org.sendtracker.local.stepfunctions.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sendtracker.local.stepfunctions.IdGenerator;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.stepfunctions.store.EngineStore;
import org.sendtracker.local.stepfunctions.testing.Json;
import org.sendtracker.local.stepfunctions.testing.RecordingInvoker;
import org.sendtracker.testing.SettableClock;

class SfnJsonProtocolTest {

    private static final String DEFINITION =
            "{\"StartAt\":\"Pause\",\"States\":{\"Pause\":{\"Type\":\"Wait\",\"Seconds\":5,\"End\":true}}}";

    private final SettableClock clock = SettableClock.at("2024-01-01T00:00:00.250Z");
    private final StepFunctionsEngine engine =
            new StepFunctionsEngine(
                    EngineStore.inMemory(),
                    clock,
                    new RecordingInvoker(),
                    IdGenerator.randomUuids());
    private final SfnJsonProtocol protocol = new SfnJsonProtocol(engine);

    private ProtocolResponse call(String operation, String body) {
        return protocol.handle("AWSStepFunctions." + operation, body);
    }

    private String createMachine() {
        ProtocolResponse created =
                call(
                        "CreateStateMachine",
                        Json.MAPPER
                                .createObjectNode()
                                .put("name", "waiter")
                                .put("definition", DEFINITION)
                                .put("roleArn", "arn:aws:iam::000000000000:role/r")
                                .toString());
        return Json.parse(created.body()).get("stateMachineArn").asText();
    }

    @Test
    void startExecution_answersWithTheArnAndStartDateInEpochSeconds() {
        String machine = createMachine();
        ProtocolResponse response =
                call(
                        "StartExecution",
                        "{\"stateMachineArn\":\""
                                + machine
                                + "\",\"name\":\"e1\",\"input\":\"{}\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/x-amz-json-1.0");
        assertThat(response.body())
                .isEqualTo(
                        "{\"executionArn\":\"arn:aws:states:us-east-1:000000000000:execution:waiter:e1\",\"startDate\":1704067200.250}");
    }

    @Test
    void usedExecutionName_isA400WithTheAwsErrorType() {
        String machine = createMachine();
        call(
                "StartExecution",
                "{\"stateMachineArn\":\"" + machine + "\",\"name\":\"e1\",\"input\":\"{}\"}");
        ProtocolResponse response =
                call(
                        "StartExecution",
                        "{\"stateMachineArn\":\""
                                + machine
                                + "\",\"name\":\"e1\",\"input\":\"{\\\"x\\\":1}\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        "{\"__type\":\"ExecutionAlreadyExists\",\"message\":\"Execution Already Exists:"
                                + " 'arn:aws:states:us-east-1:000000000000:execution:waiter:e1'\"}");
    }

    @Test
    void describeExecution_reportsStatusAndDates() {
        String machine = createMachine();
        call(
                "StartExecution",
                "{\"stateMachineArn\":\""
                        + machine
                        + "\",\"name\":\"e1\",\"input\":\"{\\\"a\\\":1}\"}");
        clock.advance(Duration.ofSeconds(5));
        engine.fireDueTimers();
        ProtocolResponse response =
                call(
                        "DescribeExecution",
                        "{\"executionArn\":\"arn:aws:states:us-east-1:000000000000:execution:waiter:e1\"}");
        assertThat(Json.parse(response.body()))
                .isEqualTo(
                        Json.parse(
                                """
                {"executionArn":"arn:aws:states:us-east-1:000000000000:execution:waiter:e1",
                 "stateMachineArn":"arn:aws:states:us-east-1:000000000000:stateMachine:waiter",
                 "name":"e1","status":"SUCCEEDED","startDate":1704067200.250,"stopDate":1704067205.250,
                 "input":"{\\"a\\":1}","inputDetails":{"included":true},
                 "output":"{\\"a\\":1}","outputDetails":{"included":true}}
                """));
    }

    @Test
    void refusedDefinition_isInvalidDefinition_namingTheField() {
        ProtocolResponse response =
                call(
                        "CreateStateMachine",
                        "{\"name\":\"m\",\"definition\":\"{\\\"StartAt\\\":\\\"A\\\",\\\"States\\\":{\\\"A\\\":{\\\"Type\\\":\\\"Pass\\\",\\\"ItemSelector\\\":{},\\\"End\\\":true}}}\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        "{\"__type\":\"InvalidDefinition\",\"message\":\"State \\\"A\\\": unsupported field \\\"ItemSelector\\\"\"}");
    }

    @Test
    void createStateMachine_withAnotherDefinitionForAnExistingName_isStateMachineAlreadyExists() {
        createMachine();
        ProtocolResponse response =
                call(
                        "CreateStateMachine",
                        "{\"name\":\"waiter\",\"definition\":\"{\\\"StartAt\\\":\\\"A\\\",\\\"States\\\":{\\\"A\\\":{\\\"Type\\\":\\\"Succeed\\\"}}}\"}");
        assertThat(Json.parse(response.body()).get("__type").asText())
                .isEqualTo("StateMachineAlreadyExists");
    }

    @Test
    void unknownOperation_isUnknownOperationException() {
        ProtocolResponse response = protocol.handle("AWSStepFunctions.StartSyncExecution", "{}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).get("__type").asText())
                .isEqualTo("UnknownOperationException");
    }
}
