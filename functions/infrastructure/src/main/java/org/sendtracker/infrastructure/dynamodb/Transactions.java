package org.sendtracker.infrastructure.dynamodb;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sendtracker.shared.ConcurrentChangeException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Translates DynamoDB's "a condition failed" into the domain's {@link ConcurrentChangeException},
 * at the edge.
 */
final class Transactions {

    private Transactions() {}

    /**
     * Cancellation codes that mean another writer got there first: a condition failed, or another
     * transaction was writing one of the same items at that moment. The caller re-reads and answers
     * 409/412; any other cancellation is not about concurrency and passes through.
     */
    private static final Set<String> CONCURRENT_CHANGE =
            Set.of("ConditionalCheckFailed", "TransactionConflict");

    static void write(
            DynamoDbClient dynamo, List<TransactWriteItem> items, Supplier<String> conflict) {
        try {
            dynamo.transactWriteItems(b -> b.transactItems(items));
        } catch (TransactionCanceledException e) {
            boolean concurrentChange =
                    e.cancellationReasons().stream()
                            .map(CancellationReason::code)
                            .anyMatch(CONCURRENT_CHANGE::contains);
            if (concurrentChange) {
                throw new ConcurrentChangeException(conflict.get(), e);
            }
            throw e;
        }
    }

    /**
     * A put for a transaction, written only if {@code condition} (if any) holds; {@code #version}
     * names the version attribute.
     */
    static TransactWriteItem put(
            String table,
            Map<String, AttributeValue> item,
            String condition,
            Map<String, AttributeValue> values) {
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (condition != null) {
            put.conditionExpression(condition);
            if (condition.contains("#version")) {
                put.expressionAttributeNames(Map.of("#version", TableLayout.VERSION));
            }
            if (!values.isEmpty()) {
                put.expressionAttributeValues(values);
            }
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    /** A delete for a transaction, unconditional: removing an absent item is no error. */
    static TransactWriteItem delete(String table, Map<String, AttributeValue> key) {
        return TransactWriteItem.builder()
                .delete(Delete.builder().tableName(table).key(key).build())
                .build();
    }

    static void put(Runnable write, Supplier<String> conflict) {
        try {
            write.run();
        } catch (ConditionalCheckFailedException e) {
            throw new ConcurrentChangeException(conflict.get(), e);
        }
    }
}
