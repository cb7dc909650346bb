package org.sendtracker.local.stepfunctions.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.local.stepfunctions.IdGenerator;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.stepfunctions.store.EngineStore;
import org.sendtracker.local.stepfunctions.testing.RecordingInvoker;
import org.sendtracker.testing.SettableClock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/** The real AWS SDK v2 SfnClient talks to the engine through {@link SfnHttpEndpoint}. */
class SfnClientTest {

    private static final String ASK_OFFICER =
            """
      {"StartAt": "AskOfficer", "States": {
        "AskOfficer": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
          "Parameters": {"FunctionName": "notify-officer", "Payload": {"taskToken.$": "$$.Task.Token"}},
          "ResultPath": "$.decision", "End": true}}}
      """;

    private final AtomicReference<String> token = new AtomicReference<>();
    private final StepFunctionsEngine engine =
            new StepFunctionsEngine(
                    EngineStore.inMemory(),
                    SettableClock.at("2024-01-01T00:00:00Z"),
                    new RecordingInvoker()
                            .on(
                                    "notify-officer",
                                    payload -> {
                                        token.set(payload.get("taskToken").asText());
                                        return JsonNodeFactory.instance.objectNode();
                                    }),
                    IdGenerator.randomUuids());
    private SfnHttpEndpoint endpoint;

    @AfterEach
    void stopServer() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private SfnClient clientServedAt(String contextPath, String clientPath) throws IOException {
        endpoint =
                SfnHttpEndpoint.start(
                        new SfnJsonProtocol(engine),
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        contextPath);
        return SfnClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + endpoint.port() + clientPath))
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Test
    void sdkClient_createsStarts_describes_andSendsTaskSuccess() throws IOException {
        try (SfnClient sfn = clientServedAt("/", "")) {
            // given a state machine created through the SDK
            CreateStateMachineResponse created =
                    sfn.createStateMachine(
                            b ->
                                    b.name("ask")
                                            .definition(ASK_OFFICER)
                                            .roleArn("arn:aws:iam::000000000000:role/r"));
            assertThat(created.stateMachineArn())
                    .isEqualTo("arn:aws:states:us-east-1:000000000000:stateMachine:ask");
            // when an execution starts, it waits for the task token
            StartExecutionResponse started =
                    sfn.startExecution(
                            b ->
                                    b.stateMachineArn(created.stateMachineArn())
                                            .name("case-1")
                                            .input("{\"case\":\"c-1\"}"));
            assertThat(started.startDate()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
            DescribeExecutionResponse waiting =
                    sfn.describeExecution(b -> b.executionArn(started.executionArn()));
            assertThat(waiting.status()).isEqualTo(ExecutionStatus.RUNNING);
            // and when the officer's answer is sent through the SDK
            sfn.sendTaskSuccess(b -> b.taskToken(token.get()).output("{\"approved\":true}"));
            // then the execution succeeded with the answer
            DescribeExecutionResponse done =
                    sfn.describeExecution(b -> b.executionArn(started.executionArn()));
            assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(done.output())
                    .isEqualTo("{\"case\":\"c-1\",\"decision\":{\"approved\":true}}");
            assertThat(
                            sfn.listExecutions(b -> b.stateMachineArn(created.stateMachineArn()))
                                    .executions())
                    .extracting(e -> e.name())
                    .containsExactly("case-1");
        }
    }

    @Test
    void sdkClient_mapsServiceErrorsToTheirExceptions() throws IOException {
        try (SfnClient sfn = clientServedAt("/", "")) {
            String machine =
                    sfn.createStateMachine(
                                    b ->
                                            b.name("ask")
                                                    .definition(ASK_OFFICER)
                                                    .roleArn("arn:aws:iam::000000000000:role/r"))
                            .stateMachineArn();
            sfn.startExecution(b -> b.stateMachineArn(machine).name("case-1").input("{}"));
            assertThatThrownBy(
                            () ->
                                    sfn.startExecution(
                                            b ->
                                                    b.stateMachineArn(machine)
                                                            .name("case-1")
                                                            .input("{\"other\":1}")))
                    .isInstanceOf(ExecutionAlreadyExistsException.class)
                    .hasMessageStartingWith(
                            "Execution Already Exists: 'arn:aws:states:us-east-1:000000000000:execution:ask:case-1'");
            sfn.sendTaskSuccess(b -> b.taskToken(token.get()).output("{}"));
            assertThatThrownBy(
                            () -> sfn.sendTaskSuccess(b -> b.taskToken(token.get()).output("{}")))
                    .isInstanceOf(TaskTimedOutException.class);
        }
    }

    @Test
    void endpointOverrideWithAPathPrefix_isKeptByTheSdk_forTheJsonProtocol() throws IOException {
        // given the protocol served only under /local/sfn and a client whose endpoint has that path
        try (SfnClient sfn = clientServedAt("/local/sfn", "/local/sfn")) {
            // when the client calls an operation, then it reaches the server under the prefix
            assertThat(sfn.listStateMachines().stateMachines()).isEmpty();
            sfn.createStateMachine(
                    b ->
                            b.name("ask")
                                    .definition(ASK_OFFICER)
                                    .roleArn("arn:aws:iam::000000000000:role/r"));
            assertThat(sfn.listStateMachines().stateMachines()).hasSize(1);
        }
    }
}
