package org.sendtracker.infrastructure.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Small builders for DynamoDB attribute maps. */
final class Items {

    private final Map<String, AttributeValue> values = new HashMap<>();

    static Items item() {
        return new Items();
    }

    Items s(String name, String value) {
        if (value != null) {
            values.put(name, AttributeValue.fromS(value));
        }
        return this;
    }

    Items n(String name, long value) {
        values.put(name, AttributeValue.fromN(Long.toString(value)));
        return this;
    }

    Map<String, AttributeValue> build() {
        return Map.copyOf(values);
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(
                TableLayout.PK, AttributeValue.fromS(pk), TableLayout.SK, AttributeValue.fromS(sk));
    }

    /**
     * The record stored in the item's body, read with a consistent read; empty when there is no
     * such item.
     */
    static <T> Optional<T> get(
            DynamoDbClient dynamo, String table, String pk, String sk, Class<T> type) {
        Map<String, AttributeValue> stored =
                dynamo.getItem(b -> b.tableName(table).key(key(pk, sk)).consistentRead(true))
                        .item();
        return stored == null || stored.isEmpty()
                ? Optional.empty()
                : Optional.of(JsonBodies.read(string(stored, TableLayout.BODY), type));
    }

    /** The records in the bodies of every item a query finds, across pages, in the order found. */
    static <T> List<T> query(DynamoDbClient dynamo, QueryRequest query, Class<T> type) {
        List<T> found = new ArrayList<>();
        dynamo.queryPaginator(query)
                .items()
                .forEach(
                        stored ->
                                found.add(JsonBodies.read(string(stored, TableLayout.BODY), type)));
        return found;
    }

    /**
     * The records of one item collection whose sort keys start with {@code skPrefix} (an
     * inspection's audit entries, its emails, an area's changes), read consistently, in sort-key
     * order.
     */
    static <T> List<T> collection(
            DynamoDbClient dynamo, String table, String pk, String skPrefix, Class<T> type) {
        return query(dynamo, collectionQuery(table, pk, skPrefix).build(), type);
    }

    /**
     * The query of one item collection's items whose sort keys start with {@code skPrefix}, read
     * consistently; the caller may read it backwards or limit it before building it.
     */
    static QueryRequest.Builder collectionQuery(String table, String pk, String skPrefix) {
        return QueryRequest.builder()
                .tableName(table)
                .consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", TableLayout.PK, "#sk", TableLayout.SK))
                .expressionAttributeValues(
                        Map.of(
                                ":pk",
                                AttributeValue.fromS(pk),
                                ":prefix",
                                AttributeValue.fromS(skPrefix)));
    }

    /** DynamoDB's limit on the keys of one BatchGetItem. */
    static final int MOST_PER_BATCH = 100;

    /**
     * The items at {@code keys}, read consistently with BatchGetItem, at most {@value
     * #MOST_PER_BATCH} keys a request, asking again for any left unprocessed; in no particular
     * order, and without those not there.
     */
    static List<Map<String, AttributeValue>> batchGet(
            DynamoDbClient dynamo, String table, List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        List<Map<String, AttributeValue>> distinct = keys.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += MOST_PER_BATCH) {
            Map<String, KeysAndAttributes> asked =
                    Map.of(
                            table,
                            KeysAndAttributes.builder()
                                    .keys(
                                            distinct.subList(
                                                    from,
                                                    Math.min(
                                                            from + MOST_PER_BATCH,
                                                            distinct.size())))
                                    .consistentRead(true)
                                    .build());
            while (!asked.isEmpty()) {
                BatchGetItemResponse response =
                        dynamo.batchGetItem(
                                BatchGetItemRequest.builder().requestItems(asked).build());
                found.addAll(response.responses().getOrDefault(table, List.of()));
                asked = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
