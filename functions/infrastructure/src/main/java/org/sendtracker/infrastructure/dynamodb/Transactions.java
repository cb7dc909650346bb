package org.sendtracker.infrastructure.dynamodb;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.RecordTooLargeException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
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
     * A condition failed: another writer got there first. The caller re-reads and answers 409/412.
     */
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";

    /**
     * Another transaction was writing one of the same items at that moment, and this one was
     * cancelled whole: nothing of it was written. Two writes of different inspections of one area
     * meet on the area's digest ({@link AreaDigests}) this way, so such a write is sent again, up
     * to {@link #ATTEMPTS} times in all; its conditions are checked afresh each time.
     */
    private static final String TRANSACTION_CONFLICT = "TransactionConflict";

    static final int ATTEMPTS = 5;

    /**
     * The largest item this writes, in DynamoDB's measure (attribute names and values, UTF-8): its
     * limit is 400 KB (409,600 bytes); a little is kept back for what the count below leaves out.
     */
    static final int MOST_ITEM_BYTES = 400_000;

    static void write(
            DynamoDbClient dynamo, List<TransactWriteItem> items, Supplier<String> conflict) {
        for (TransactWriteItem item : items) {
            if (item.put() != null && size(item.put().item()) > MOST_ITEM_BYTES) {
                throw new RecordTooLargeException(
                        "the item "
                                + item.put().item().get(TableLayout.PK).s()
                                + " / "
                                + item.put().item().get(TableLayout.SK).s()
                                + " would be "
                                + size(item.put().item())
                                + " bytes");
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(b -> b.transactItems(items));
                return;
            } catch (TransactionCanceledException e) {
                if (e.cancellationReasons().stream().anyMatch(Transactions::tooLarge)) {
                    throw new RecordTooLargeException(
                            "an item would be larger than DynamoDB keeps: " + e.getMessage());
                }
                Set<String> codes =
                        e.cancellationReasons().stream()
                                .map(CancellationReason::code)
                                .collect(Collectors.toSet());
                if (codes.contains(CONDITION_FAILED)) {
                    throw new ConcurrentChangeException(conflict.get(), e);
                }
                if (!codes.contains(TRANSACTION_CONFLICT)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentChangeException(conflict.get(), e);
                }
                pause(attempt);
            } catch (DynamoDbException e) {
                if (e.getMessage() != null && e.getMessage().contains(ITEM_SIZE_EXCEEDED)) {
                    throw new RecordTooLargeException(
                            "an item would be larger than DynamoDB keeps: " + e.getMessage());
                }
                throw e;
            }
        }
    }

    /**
     * Whether DynamoDB refused an item as too large: an update that would take an item past 400 KB
     * (the area's digest, which this cannot measure before it is sent) is cancelled with a
     * validation error saying so.
     */
    private static boolean tooLarge(CancellationReason reason) {
        return "ValidationError".equals(reason.code())
                && reason.message() != null
                && reason.message().startsWith("Item size")
                && reason.message().contains("exceeded the maximum allowed size");
    }

    /** DynamoDB's words for an item put over its limit ("… to update …" for an update). */
    private static final String ITEM_SIZE_EXCEEDED = "Item size has exceeded";

    /** 10, 20, 40, 80 ms, each with up to as much again at random, so two retries part. */
    private static void pause(int attempt) {
        long base = 10L << (attempt - 1);
        try {
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(base + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "interrupted while retrying a transaction", interrupted);
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

    /**
     * A check for a transaction that the item at {@code key} meets {@code condition}, writing
     * nothing to it.
     */
    static TransactWriteItem check(
            String table,
            Map<String, AttributeValue> key,
            String condition,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        ConditionCheck.Builder check =
                ConditionCheck.builder()
                        .tableName(table)
                        .key(key)
                        .conditionExpression(condition)
                        .expressionAttributeNames(names);
        if (!values.isEmpty()) {
            check.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().conditionCheck(check.build()).build();
    }

    static void put(Runnable write, Supplier<String> conflict) {
        try {
            write.run();
        } catch (ConditionalCheckFailedException e) {
            throw new ConcurrentChangeException(conflict.get(), e);
        }
    }

    /**
     * An item's size as DynamoDB counts it: each attribute's name and value in UTF-8 bytes; a
     * number as its digits (DynamoDB's own count is at most that plus one); a set or list as its
     * members and a few bytes each.
     */
    static int size(Map<String, AttributeValue> item) {
        int bytes = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            bytes += utf8(attribute.getKey()) + size(attribute.getValue());
        }
        return bytes;
    }

    private static int size(AttributeValue value) {
        if (value.s() != null) {
            return utf8(value.s());
        }
        if (value.n() != null) {
            return value.n().length() + 1;
        }
        if (value.b() != null) {
            return value.b().asByteArray().length;
        }
        if (value.hasSs()) {
            return value.ss().stream().mapToInt(Transactions::utf8).sum();
        }
        if (value.hasNs()) {
            return value.ns().stream().mapToInt(n -> n.length() + 1).sum();
        }
        if (value.hasL()) {
            return 3 + value.l().stream().mapToInt(v -> 1 + size(v)).sum();
        }
        if (value.hasM()) {
            return 3 + size(value.m()) + value.m().size();
        }
        return 1;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
