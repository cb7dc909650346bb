package org.sendtracker.local.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The plain-Java reference of {@link ColdStartBenchmark}: what a cold start costs with no framework
 * at all. It runs from the same shaded jar as the function it stands beside (so the same AWS SDK,
 * the same URL-connection HTTP client, the same Jackson), in a JVM started with the same flags, and
 * makes the same DynamoDB read the function's request starts with: a query of the record's
 * partition in the project's table, each item's {@code body} parsed as JSON. Then it answers with
 * Jackson, as the function would. Nothing else: no dependency injection, no routing, no domain
 * model, no logging framework.
 *
 * <p>{@link ColdStartReference} answers an API Gateway HTTP API event for {@code /api/areas/{id}}
 * or {@code /api/inspections/{id}} with the stored record (an inspection with its deadlines);
 * {@link Task} answers a workflow task's input ({@code inspectionId}) with what the partition
 * holds. Only this class and the probe are added to the function's jar on the child's classpath.
 */
public final class ColdStartReference
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Partitions partitions = new Partitions();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String[] path = event.getRawPath().split("/");
        List<JsonNode> items =
                partitions.read(
                        path[2].equals("areas") ? "AREA#" + path[3] : "INSPECTION#" + path[3]);
        ObjectNode record = (ObjectNode) items.get(0);
        if (path[2].equals("inspections")) {
            ArrayNode deadlines = record.putArray("deadlines");
            items.stream()
                    .skip(1)
                    .filter(item -> item.has("deadline"))
                    .map(item -> item.get("deadline"))
                    .forEach(deadlines::add);
        }
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody(JSON.writeValueAsString(record))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The workflow functions' reference: reads the inspection's partition and says what it holds.
     */
    public static final class Task
            implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        private final Partitions partitions = new Partitions();

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
            List<JsonNode> items = partitions.read("INSPECTION#" + input.get("inspectionId"));
            return Map.of(
                    "inspectionId",
                    items.get(0).path("id").asText(),
                    "stage",
                    items.get(0).path("stage").asText(),
                    "items",
                    items.size());
        }
    }

    /**
     * One DynamoDB client, built as the functions build theirs, reading a partition's item bodies
     * in key order.
     */
    private static final class Partitions {

        private final ObjectMapper json = new ObjectMapper();
        private final DynamoDbClient dynamo =
                DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        private final String table = System.getenv("SENDTRACKER_TABLE_NAME");

        List<JsonNode> read(String partition) {
            return dynamo
                    .query(
                            q ->
                                    q.tableName(table)
                                            .keyConditionExpression("PK = :pk")
                                            .expressionAttributeValues(
                                                    Map.of(":pk", AttributeValue.fromS(partition))))
                    .items()
                    .stream()
                    .filter(item -> item.containsKey("body"))
                    .map(item -> parse(item.get("body").s()))
                    .toList();
        }

        /**
         * A stored body, its value objects ({@code {"value": …}}) unwrapped as the API shows them.
         */
        private JsonNode parse(String body) {
            try {
                return unwrap(json.readTree(body));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static JsonNode unwrap(JsonNode node) {
            if (node.isObject() && node.size() == 1 && node.has("value")) {
                return node.get("value");
            }
            if (node instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                names.forEach(name -> object.set(name, unwrap(object.get(name))));
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    array.set(i, unwrap(array.get(i)));
                }
            }
            return node;
        }
    }
}
