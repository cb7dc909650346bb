package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.infrastructure.dynamodb.TableName;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.workflow.application.WorkflowState;
import org.sendtracker.workflow.application.Workflows;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The permissions template.yaml grants each function, held against the AWS calls the functions make
 * when a case is lived through locally (every call recorded by {@link AwsCallRecorder}, as the IAM
 * action it needs): nothing the code does would be denied in AWS, and nothing is granted that the
 * code does not do. The case reaches every path that calls AWS: officers' requests, reminders,
 * waits, and a reconcile that restarts a workflow whose timer was lost. The state machine's own
 * role is checked against the tasks its definition runs.
 */
class IamPermissionsTest {

    private static final Path ROOT = Path.of("../..");
    private static final String EVENTS = "/api/inspections/testshire-2019-03-18/events";

    @TempDir Path dataDir;

    @AfterEach
    void stopRecording() {
        AwsCallRecorder.enabled = false;
        AwsCallRecorder.USES.clear();
    }

    @Test
    void everyCallEachFunctionMakes_isGrantedToIt_andNothingMore() {
        // given a case lived through locally, recording every AWS call and the function making it
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2019-03-11T09:00:00Z")) {
            AwsCallRecorder.USES.clear();
            AwsCallRecorder.enabled = true;
            stack.post("/api/areas", Fixtures.TESTSHIRE);
            stack.put(
                    "/api/areas/testshire",
                    Fixtures.TESTSHIRE.replace(
                            "\"name\":\"Testshire\"", "\"name\":\"Testshire Council\""));
            stack.get("/api/areas/testshire");
            stack.get("/api/areas");
            // a personal calendar address, made and then renewed (the old one's key deleted)
            assertThat(stack.postForm("/account/calendar", "")).isEqualTo(200);
            assertThat(stack.postForm("/account/calendar", "")).isEqualTo(200);
            stack.post(
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
            stack.advanceTo("2019-05-14T09:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
            // the dashboard: its open inspections with a deadline (the WSoA due) are read by id,
            // together
            assertThat(stack.page("/")).contains("/inspections/testshire-2019-03-18");
            stack.advanceTo("2019-07-25T09:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"WSOA_SUBMITTED","on":"2019-07-25"}""");
            stack.get("/api/inspections/testshire-2019-03-18");
            stack.get("/api/inspections?areaId=testshire");
            stack.get("/api/deadlines?from=2019-01-01&to=2022-12-31");
            // the progress report as a page and as a PDF: template.yaml routes them to the reports
            // function, whose handler the runner calls as API Gateway would
            assertThat(stack.page("/inspections/testshire-2019-03-18/progress-report"))
                    .contains("EHC plans");
            HttpResponse<byte[]> pdf =
                    stack.download("/inspections/testshire-2019-03-18/progress-report.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            // a board, a report issued to it (the HTTP function writes the copy and the link it
            // owes), its link emailed to the members by the Tick, and the copy read back
            stack.put(
                    "/api/inspections/testshire-2019-03-18/boards/improvement-board",
                    """
                    {"name":"SEND Improvement Board","kind":"IMPROVEMENT_BOARD","members":["lead@testshire.example","nhs@testshire.example"]}""");
            // a board reporting every week for two years: more deadline items than one
            // transaction holds, so its reports are written in parts, each checking the version
            stack.put(
                    "/api/inspections/testshire-2019-03-18/boards/weekly-board",
                    """
                    {"name":"Weekly SEND Board","kind":"IMPROVEMENT_BOARD","cadence":{"kind":"EVERY_WEEKS","every":1,"from":"2019-08-05","until":"2021-07-26"}}""");
            stack.post(
                    "/api/inspections/testshire-2019-03-18/progress-reports",
                    """
                    {"board":"improvement-board","from":"2019-05-14","to":"2019-07-25"}""",
                    "issue-1");
            stack.advanceTo("2019-07-25T10:00:00Z");
            assertThat(stack.emails())
                    .anyMatch(e -> e.contains("Progress report for 14 May to 25 July 2019"));
            assertThat(stack.page("/inspections/testshire-2019-03-18/progress-reports/1"))
                    .contains("SEND Improvement Board");
            AwsCallRecorder.enabled = false;
            losesItsTimer(stack, "testshire-2019-03-18");
            // ...and its area's digest left behind by the version before, which it backfills
            leavesTheAreasDigestBehind(stack, "testshire-2019-03-18");
            // ...and a deadline item a change cut short between its parts left, which it deletes
            leavesADeadlineItemBehind(stack, "testshire-2019-03-18");
            AwsCallRecorder.enabled = true;
            assertThat(stack.system().reconcile())
                    .as("the hourly reconcile's answer")
                    .containsEntry("restarted", List.of("testshire-2019-03-18"));
            AwsCallRecorder.enabled = false;
            assertThat(stack.emails()).as("the case sent reminders through SES").isNotEmpty();
        }

        // then each function's calls are granted to it, and each grant is used
        Map<String, Set<String>> used = new TreeMap<>();
        AwsCallRecorder.USES.forEach(
                use ->
                        used.computeIfAbsent(use.function(), f -> new TreeSet<>())
                                .add(use.action() + " " + use.resource()));
        Map<String, Set<String>> granted = grantedToFunctions();
        assertThat(used.keySet()).as("functions making AWS calls").isSubsetOf(granted.keySet());

        List<String> denied = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        granted.forEach(
                (function, grants) -> {
                    Set<String> calls = used.getOrDefault(function, Set.of());
                    calls.stream()
                            .filter(call -> !isGranted(call, grants))
                            .forEach(call -> denied.add(function + " " + call));
                    grants.stream()
                            .filter(grant -> calls.stream().noneMatch(call -> covers(grant, call)))
                            .map(grant -> function + " " + grant)
                            .forEach(unused::add);
                });
        assertThat(denied)
                .as("calls the template does not allow (AccessDenied in AWS); used: " + used)
                .isEmpty();
        assertThat(unused).as("grants no call needs (least privilege); used: " + used).isEmpty();
    }

    /**
     * As if the workflow's timer had been lost: it should have woken days ago, so the reconcile
     * restarts it.
     */
    private static void losesItsTimer(SimulatedStack stack, String inspectionId) {
        Workflows workflows = stack.system().context().getBean(Workflows.class);
        WorkflowState current = workflows.find(new InspectionId(inspectionId)).orElseThrow();
        Instant daysAgo =
                stack.system().context().getBean(Clock.class).instant().minus(Duration.ofDays(3));
        assertThat(
                        workflows.save(
                                new WorkflowState(
                                        current.inspectionId(),
                                        current.generation(),
                                        current.stage(),
                                        current.seenVersion(),
                                        current.taskToken(),
                                        daysAgo,
                                        false,
                                        daysAgo)))
                .isTrue();
    }

    /**
     * As the version before leaves the area's digest while a deployment replaces it: the WSoA,
     * submitted since, still listed as outstanding, and the digests' backfill not yet recorded
     * done, so the reconcile walks the table and puts the digest right.
     */
    /**
     * As if a change of the weekly board's inspection had been cut short between its parts: a
     * deadline item it no longer has is left in the table.
     */
    private static void leavesADeadlineItemBehind(SimulatedStack stack, String inspectionId) {
        DynamoDbClient dynamo = stack.system().context().getBean(DynamoDbClient.class);
        String table = stack.system().context().getBean(TableName.class).value();
        Map<String, AttributeValue> item =
                new java.util.HashMap<>(
                        dynamo.query(
                                        b ->
                                                b.tableName(table)
                                                        .keyConditionExpression(
                                                                "PK = :pk AND begins_with(SK, :d)")
                                                        .expressionAttributeValues(
                                                                Map.of(
                                                                        ":pk",
                                                                        AttributeValue.fromS(
                                                                                "INSPECTION#"
                                                                                        + inspectionId),
                                                                        ":d",
                                                                        AttributeValue.fromS(
                                                                                "DEADLINE#")))
                                                        .limit(1))
                                .items()
                                .get(0));
        item.put("SK", AttributeValue.fromS("DEADLINE#LEFT-BEHIND"));
        dynamo.putItem(b -> b.tableName(table).item(item));
    }

    private static void leavesTheAreasDigestBehind(SimulatedStack stack, String inspectionId) {
        DynamoDbClient dynamo = stack.system().context().getBean(DynamoDbClient.class);
        String table = stack.system().context().getBean(TableName.class).value();
        String area = new InspectionId(inspectionId).areaId().value();
        dynamo.updateItem(
                b ->
                        b.tableName(table)
                                .key(
                                        Map.of(
                                                "PK",
                                                AttributeValue.fromS("AREA#" + area),
                                                "SK",
                                                AttributeValue.fromS("#OUTSTANDING")))
                                .updateExpression("SET #i = :i")
                                .expressionAttributeNames(Map.of("#i", "I:" + inspectionId))
                                .expressionAttributeValues(
                                        Map.of(
                                                ":i",
                                                AttributeValue.fromS(
                                                        "o;WSOA_SUBMISSION|WSOA_SUBMISSION|2019-08-21|COUNCIL|LEAD_OFFICER|"))));
        dynamo.deleteItem(
                b ->
                        b.tableName(table)
                                .key(
                                        Map.of(
                                                "PK",
                                                AttributeValue.fromS("MIGRATION#area-outstanding"),
                                                "SK",
                                                AttributeValue.fromS("#MIGRATION"))));
    }

    @Test
    void theStateMachinesRole_mayInvokeEachFunctionItsTasksRun_andStartItsNextExecution()
            throws IOException {
        JsonNode template = template();
        String definition =
                Files.readString(ROOT.resolve("statemachine/inspection-workflow.asl.json"));
        JsonNode policies = template.at("/Resources/InspectionWorkflow/Properties/Policies");
        Set<String> invokable = new TreeSet<>();
        Set<String> actions = new TreeSet<>();
        for (JsonNode policy : policies) {
            if (policy.has("LambdaInvokePolicy")) {
                invokable.add(policy.at("/LambdaInvokePolicy/FunctionName").asText());
            }
            for (JsonNode statement : policy.path("Statement")) {
                if (!statement.path("Sid").asText().equals("LogErrors")) {
                    texts(statement.get("Action")).forEach(actions::add);
                }
            }
        }
        Set<String> substituted = new TreeSet<>();
        template.at("/Resources/InspectionWorkflow/Properties/DefinitionSubstitutions")
                .forEach(value -> substituted.add(value.asText().replace(".Alias", "")));

        assertThat(definition)
                .contains(
                        "arn:aws:states:::lambda:invoke.waitForTaskToken",
                        "arn:aws:states:::states:startExecution");
        assertThat(invokable)
                .as("LambdaInvokePolicy per function the definition runs")
                .isEqualTo(substituted);
        assertThat(actions).as("the continue-as-new task").containsExactly("states:StartExecution");
    }

    /** "function" → its grants, each "action resource" with resource table, index or *. */
    private static Map<String, Set<String>> grantedToFunctions() {
        Map<String, Set<String>> granted = new TreeMap<>();
        template()
                .get("Resources")
                .fields()
                .forEachRemaining(
                        resource -> {
                            if (!resource.getValue()
                                    .path("Type")
                                    .asText()
                                    .equals("AWS::Serverless::Function")) {
                                return;
                            }
                            Set<String> grants = new TreeSet<>();
                            for (JsonNode policy : resource.getValue().at("/Properties/Policies")) {
                                assertThat(policy.has("Statement"))
                                        .as(
                                                resource.getKey()
                                                        + ": inline statements only, so this test can read them")
                                        .isTrue();
                                for (JsonNode statement : policy.get("Statement")) {
                                    assertThat(statement.path("Effect").asText())
                                            .isEqualTo("Allow");
                                    for (String action : texts(statement.get("Action"))) {
                                        for (String arn : resources(statement.get("Resource"))) {
                                            grants.add(action + " " + resourceKind(arn));
                                        }
                                    }
                                }
                            }
                            granted.put(resource.getKey(), grants);
                        });
        return granted;
    }

    /** The template's resource, as the recorder names what a call touches. */
    private static String resourceKind(String arn) {
        if (arn.equals("Table.Arn")) {
            return "table";
        }
        if (arn.equals("${Table.Arn}/index/*")) {
            return "index";
        }
        if (arn.equals("*") || arn.contains(":stateMachine:inspection-workflow-${StackUuid}")) {
            return "*";
        }
        if (arn.endsWith(":identity/${SenderIdentity}")) {
            return "ses-identity";
        }
        if (arn.endsWith(":configuration-set/${DeliveryEventsConfigurationSet}")) {
            return "ses-configuration-set";
        }
        throw new AssertionError("a resource this test does not know: " + arn);
    }

    private static boolean isGranted(String call, Set<String> grants) {
        return grants.stream().anyMatch(grant -> covers(grant, call));
    }

    /**
     * A grant on {@code *} covers a call on any resource; otherwise action and resource must match.
     */
    private static boolean covers(String grant, String call) {
        String[] g = grant.split(" ");
        String[] c = call.split(" ");
        return g[0].equals(c[0]) && (g[1].equals("*") || g[1].equals(c[1]));
    }

    /**
     * A statement's resources: one ARN, a list of them, or one {@code !Sub [template, variables]}
     * (read as a list).
     */
    private static List<String> resources(JsonNode node) {
        if (node.isArray() && node.size() == 2 && node.get(1).isObject()) {
            return List.of(node.get(0).asText());
        }
        return texts(node);
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> texts.add(item.asText()));
        } else {
            texts.add(node.asText());
        }
        return texts;
    }

    private static JsonNode template() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readTree(ROOT.resolve("template.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
