package org.sendtracker.local.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * What template.yaml must hold to run a council's service safely (issue 8; README, "Deploy to
 * AWS"), each a named check that finds the thing by what it is (type and properties), not by its
 * logical id, and the template path that a test removes to see the check fail with that name.
 */
final class TemplateHardening {

    static final List<String> FUNCTIONS =
            List.of(
                    "HttpFunction",
                    "ReportsFunction",
                    "TickFunction",
                    "WaitFunction",
                    "ReconcileFunction",
                    "EmailEventsFunction");

    /** One requirement: its name (in every failure message) and where it lives in the template. */
    record Check(String name, String removablePath, Predicate<JsonNode> holds) {}

    private TemplateHardening() {}

    static List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(
                new Check(
                        "alarm topic (AWS::SNS::Topic)",
                        "/Resources/AlarmTopic",
                        t -> !resources(t, "AWS::SNS::Topic").isEmpty()));
        checks.add(
                new Check(
                        "optional email subscription to the alarm topic (AlarmEmail)",
                        "/Resources/AlarmEmailSubscription",
                        t ->
                                resources(t, "AWS::SNS::Subscription").stream()
                                        .anyMatch(
                                                r ->
                                                        r.path("Condition")
                                                                        .asText()
                                                                        .equals("HasAlarmEmail")
                                                                && r.at("/Properties/Protocol")
                                                                        .asText()
                                                                        .equals("email")
                                                                && topic(
                                                                        t,
                                                                        r.at(
                                                                                "/Properties/TopicArn")))));
        checks.add(
                new Check(
                        "rule for FAILED, TIMED_OUT and ABORTED executions to the alarm topic",
                        "/Resources/FailedExecutionsRule",
                        t ->
                                resources(t, "AWS::Events::Rule").stream()
                                        .anyMatch(
                                                r ->
                                                        texts(
                                                                                r.at(
                                                                                        "/Properties/EventPattern/detail/status"))
                                                                        .containsAll(
                                                                                Set.of(
                                                                                        "FAILED",
                                                                                        "TIMED_OUT",
                                                                                        "ABORTED"))
                                                                && StreamSupport.stream(
                                                                                r.at(
                                                                                                "/Properties/Targets")
                                                                                        .spliterator(),
                                                                                false)
                                                                        .anyMatch(
                                                                                target ->
                                                                                        topic(
                                                                                                t,
                                                                                                target
                                                                                                        .get(
                                                                                                                "Arn"))))));
        checks.add(
                new Check(
                        "alarm on failed executions",
                        "/Resources/WorkflowExecutionsFailed",
                        t -> alarm(t, "AWS/States", "ExecutionsFailed", "InspectionWorkflow")));
        for (String function : FUNCTIONS) {
            checks.add(
                    new Check(
                            "Errors alarm of " + function,
                            "/Resources/" + function + "Errors",
                            t -> alarm(t, "AWS/Lambda", "Errors", function)));
            checks.add(
                    new Check(
                            "Throttles alarm of " + function,
                            "/Resources/" + function + "Throttles",
                            t -> alarm(t, "AWS/Lambda", "Throttles", function)));
            checks.add(
                    new Check(
                            "log group with retention of " + function,
                            "/Resources/" + function + "LogGroup",
                            t ->
                                    retainedLogGroup(
                                            t,
                                            t.at(
                                                    "/Resources/"
                                                            + function
                                                            + "/Properties/LoggingConfig/LogGroup"))));
        }
        checks.add(
                new Check(
                        "alarm on emails not delivered",
                        "/Resources/EmailsNotDelivered",
                        t ->
                                resources(t, "AWS::CloudWatch::Alarm").stream()
                                        .anyMatch(
                                                a ->
                                                        a.toString().contains("EmailsBounced")
                                                                && a.toString()
                                                                        .contains("EmailsFailed")
                                                                && topic(
                                                                        t,
                                                                        a.at(
                                                                                "/Properties/AlarmActions/0")))));
        checks.add(
                new Check(
                        "log retention parameter (default 90 days)",
                        "/Parameters/LogRetentionDays",
                        t -> t.at("/Parameters/LogRetentionDays/Default").asInt() == 90));
        checks.add(
                new Check(
                        "state machine log group with retention",
                        "/Resources/StateMachineLogGroup",
                        t ->
                                retainedLogGroup(
                                        t,
                                        t.at(
                                                "/Resources/InspectionWorkflow/Properties/Logging/Destinations/0/CloudWatchLogsLogGroup/LogGroupArn"))));
        checks.add(
                new Check(
                        "state machine logging at ERROR",
                        "/Resources/InspectionWorkflow/Properties/Logging",
                        t ->
                                t.at("/Resources/InspectionWorkflow/Properties/Logging/Level")
                                        .asText()
                                        .equals("ERROR")));
        checks.add(
                new Check(
                        "SES configuration set",
                        "/Resources/DeliveryEventsConfigurationSet",
                        t -> !resources(t, "AWS::SES::ConfigurationSet").isEmpty()));
        checks.add(
                new Check(
                        "SES event destination for DELIVERY, BOUNCE, COMPLAINT and REJECT on EventBridge",
                        "/Resources/DeliveryEventsDestination",
                        t ->
                                resources(t, "AWS::SES::ConfigurationSetEventDestination").stream()
                                        .anyMatch(
                                                d ->
                                                        texts(
                                                                                d.at(
                                                                                        "/Properties/EventDestination/MatchingEventTypes"))
                                                                        .containsAll(
                                                                                Set.of(
                                                                                        "DELIVERY",
                                                                                        "BOUNCE",
                                                                                        "COMPLAINT",
                                                                                        "REJECT"))
                                                                && d.at(
                                                                                "/Properties/EventDestination/EventBridgeDestination/EventBusArn")
                                                                        .asText()
                                                                        .endsWith(
                                                                                "event-bus/default"))));
        checks.add(
                new Check(
                        "SES sender identity with Easy DKIM as an option",
                        "/Resources/SenderEmailIdentity",
                        t ->
                                resources(t, "AWS::SES::EmailIdentity").stream()
                                        .anyMatch(
                                                i ->
                                                        i.at(
                                                                                "/Properties/DkimAttributes/SigningEnabled")
                                                                        .isArray()
                                                                && i.at(
                                                                                "/Properties/DkimAttributes/SigningEnabled/0")
                                                                        .asText()
                                                                        .equals("UsesEasyDkim"))));
        checks.add(
                new Check(
                        "email events function fed by the SES events rule",
                        "/Resources/EmailEventsFunction/Properties/Events",
                        t ->
                                t.at("/Resources/EmailEventsFunction/Properties/Events")
                                        .toString()
                                        .contains("\"aws.ses\"")));
        checks.add(
                new Check(
                        "HTTP API default route throttling",
                        "/Resources/HttpApiStage/Properties/DefaultRouteSettings",
                        t ->
                                t.at(
                                                        "/Resources/HttpApiStage/Properties/DefaultRouteSettings/ThrottlingRateLimit")
                                                .asText()
                                                .equals("ApiThrottlingRateLimit")
                                        && t.at(
                                                        "/Resources/HttpApiStage/Properties/DefaultRouteSettings/ThrottlingBurstLimit")
                                                .asText()
                                                .equals("ApiThrottlingBurstLimit")));
        checks.add(
                new Check(
                        "HTTP function reserved concurrency",
                        "/Resources/HttpFunction/Properties/ReservedConcurrentExecutions",
                        t ->
                                t.at(
                                                "/Resources/HttpFunction/Properties/ReservedConcurrentExecutions")
                                        .toString()
                                        .contains("HttpReservedConcurrency")));
        checks.add(
                new Check(
                        "table deletion protection",
                        "/Resources/Table/Properties/DeletionProtectionEnabled",
                        t ->
                                t.at("/Resources/Table/Properties/DeletionProtectionEnabled")
                                        .asBoolean()));
        checks.add(
                new Check(
                        "table DeletionPolicy Retain",
                        "/Resources/Table/DeletionPolicy",
                        t -> t.at("/Resources/Table/DeletionPolicy").asText().equals("Retain")));
        checks.add(
                new Check(
                        "table UpdateReplacePolicy Retain",
                        "/Resources/Table/UpdateReplacePolicy",
                        t ->
                                t.at("/Resources/Table/UpdateReplacePolicy")
                                        .asText()
                                        .equals("Retain")));
        checks.add(
                new Check(
                        "table customer-managed KMS key as an option",
                        "/Resources/Table/Properties/SSESpecification",
                        t ->
                                t.at("/Resources/Table/Properties/SSESpecification")
                                        .toString()
                                        .contains("TableKmsKeyArn")));
        return checks;
    }

    /** The name of every check {@code template} fails. */
    static List<String> problems(JsonNode template) {
        return checks().stream()
                .filter(check -> !check.holds().test(template))
                .map(Check::name)
                .toList();
    }

    private static List<JsonNode> resources(JsonNode template, String type) {
        List<JsonNode> found = new ArrayList<>();
        template.path("Resources")
                .forEach(
                        resource -> {
                            if (resource.path("Type").asText().equals(type)) {
                                found.add(resource);
                            }
                        });
        return found;
    }

    /**
     * Read without CloudFormation's tags, {@code !Ref AlarmTopic} is the text of a topic's logical
     * id.
     */
    private static boolean topic(JsonNode template, JsonNode reference) {
        return reference != null
                && template.at("/Resources/" + reference.asText() + "/Type")
                        .asText()
                        .equals("AWS::SNS::Topic");
    }

    private static boolean alarm(
            JsonNode template, String namespace, String metric, String resource) {
        return resources(template, "AWS::CloudWatch::Alarm").stream()
                .anyMatch(
                        a ->
                                a.at("/Properties/Namespace").asText().equals(namespace)
                                        && a.at("/Properties/MetricName").asText().equals(metric)
                                        && a.at("/Properties/Dimensions/0/Value")
                                                .asText()
                                                .equals(resource)
                                        && topic(template, a.at("/Properties/AlarmActions/0")));
    }

    /**
     * A log group of the template (by logical id, or {@code !GetAtt X.Arn}) whose retention is the
     * parameter.
     */
    private static boolean retainedLogGroup(JsonNode template, JsonNode reference) {
        String id = reference.asText().replace(".Arn", "");
        JsonNode group = template.at("/Resources/" + id);
        return group.path("Type").asText().equals("AWS::Logs::LogGroup")
                && group.at("/Properties/RetentionInDays").asText().equals("LogRetentionDays");
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
