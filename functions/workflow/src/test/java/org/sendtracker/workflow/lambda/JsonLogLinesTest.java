package org.sendtracker.workflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.workflow.application.WorkflowStarts;
import org.sendtracker.workflow.testing.WorkflowStack;

/**
 * What a workflow function writes to its log on Lambda, through the function's own log4j2
 * configuration and Powertools' JSON layout: one JSON object a line, carrying the invocation's
 * request id, function name and cold start; INFO, never DEBUG. The domain's {@code
 * java.util.logging} records come out the same way.
 */
class JsonLogLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkflowStack stack;
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private PrintStream stdout;

    @BeforeEach
    void start() {
        stack = WorkflowStack.start();
        stdout = System.out;
        System.setOut(new PrintStream(written, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(stdout);
        stack.close();
    }

    @Test
    void aHandlersLogLine_isJsonWithTheInvocationsFields() throws Exception {
        // when Reconcile runs as Lambda invokes it
        new ReconcileFunction(stack.context())
                .handleRequest(Map.of(), lambdaContext("request-7f3a", "SendTracker-Reconcile"));

        // then its line is a JSON object with the invocation's fields
        List<JsonNode> lines =
                written.toString(StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> line.startsWith("{"))
                        .map(JsonLogLinesTest::parse)
                        .toList();
        JsonNode reconciled =
                lines.stream()
                        .filter(line -> line.path("message").asText().startsWith("reconcile"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no reconcile line in " + written));
        assertThat(reconciled.path("level").asText()).isEqualTo("INFO");
        assertThat(reconciled.path("message").asText())
                .isEqualTo("reconcile restarted 0 workflows []");
        assertThat(reconciled.path("function_request_id").asText()).isEqualTo("request-7f3a");
        assertThat(reconciled.path("function_name").asText()).isEqualTo("SendTracker-Reconcile");
        assertThat(reconciled.has("cold_start")).as(reconciled.toString()).isTrue();
        assertThat(reconciled.path("timestamp").asText()).isNotBlank();
    }

    @Test
    void aDomainLogLine_throughJavaUtilLogging_isJsonWithTheInvocationsFieldsToo()
            throws Exception {
        // given a function invoked as Lambda invokes it
        new ReconcileFunction(stack.context())
                .handleRequest(Map.of(), lambdaContext("request-9c2e", "SendTracker-Reconcile"));

        // when the domain logs as it does (java.util.logging, its own class's logger), at INFO
        // and at FINE
        Logger domain = Logger.getLogger(WorkflowStarts.class.getName());
        domain.warning("could not signal the workflow of inspection-1: throttled");
        domain.fine("a detail below INFO");

        // then the warning is a JSON line with the invocation's fields, and the detail is not
        // logged
        List<JsonNode> lines = jsonLines();
        JsonNode warning =
                lines.stream()
                        .filter(
                                line ->
                                        line.path("message")
                                                .asText()
                                                .startsWith("could not signal"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no domain line in " + written));
        assertThat(warning.path("level").asText()).isEqualTo("WARN");
        assertThat(warning.path("function_request_id").asText()).isEqualTo("request-9c2e");
        assertThat(warning.path("function_name").asText()).isEqualTo("SendTracker-Reconcile");
        assertThat(written.toString(StandardCharsets.UTF_8)).doesNotContain("a detail below INFO");
    }

    @Test
    void theFunctionsLogAtInfo_notDebug() {
        assertThat(LogManager.getRootLogger().getLevel()).isEqualTo(Level.INFO);
        assertThat(LogManager.getLogger("org.sendtracker").isDebugEnabled()).isFalse();
    }

    private List<JsonNode> jsonLines() {
        return written.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.startsWith("{"))
                .map(JsonLogLinesTest::parse)
                .toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON log line: " + line, e);
        }
    }

    /** A Lambda context with the request id and function name Lambda would give. */
    private static Context lambdaContext(String requestId, String functionName) {
        return (Context)
                Proxy.newProxyInstance(
                        Context.class.getClassLoader(),
                        new Class<?>[] {Context.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "getAwsRequestId" -> requestId;
                                    case "getFunctionName" -> functionName;
                                    case "getFunctionVersion" -> "$LATEST";
                                    case "getInvokedFunctionArn" ->
                                            "arn:aws:lambda:eu-west-2:123456789012:function:"
                                                    + functionName;
                                    case "getMemoryLimitInMB" -> 1024;
                                    case "getRemainingTimeInMillis" -> 30_000;
                                    case "toString" -> "test Lambda context";
                                    case "hashCode" -> System.identityHashCode(proxy);
                                    case "equals" -> proxy == args[0];
                                    default -> null;
                                });
    }
}
