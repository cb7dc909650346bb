package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.area.model.AreaId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * What every backfill of a key shares: it walks the areas ({@code AREAS}) and each area's ByArea
 * collection, or one range of it (no scan), gives an item the keys its current writer would give it
 * only if the item is still as read (a write since then already carries them), and when every area
 * is done records {@code MIGRATION#{name}}. Until then the key's readers read the old way ({@link
 * #isDone}). Idempotent: run again, it finds the record and does nothing; interrupted, it starts
 * again and skips what already has its keys. The reconcile runs each; a table created with the keys
 * is recorded as done at once (docs/performance.md, "Backfill").
 */
public abstract class KeyBackfill {

    /** The item is still the one read: nothing wrote it since. */
    static final String UNCHANGED = "#body = :body";

    private final DynamoDbClient dynamo;
    private final String table;
    private final String name;
    private final String rangePrefix;
    private volatile boolean done;

    /**
     * A backfill recorded as {@code MIGRATION#{name}}, walking each area's ByArea items whose sort
     * key begins with {@code rangePrefix} (all of them when null).
     */
    KeyBackfill(DynamoDbClient dynamo, TableName table, String name, String rangePrefix) {
        this.dynamo = dynamo;
        this.table = table.value();
        this.name = name;
        this.rangePrefix = rangePrefix;
    }

    /**
     * The stored item as it is plus the keys its current writer gives it, or {@code null} when it
     * needs none or has them.
     */
    abstract Map<String, AttributeValue> withKeys(Map<String, AttributeValue> stored);

    /** Whether every item that needs the keys has them. */
    public boolean isDone() {
        if (!done) {
            done =
                    dynamo.getItem(
                                    b ->
                                            b.tableName(table)
                                                    .key(
                                                            Items.key(
                                                                    TableKeys.migration(name),
                                                                    TableKeys.MIGRATION_ITEM))
                                                    .consistentRead(true))
                            .hasItem();
        }
        return done;
    }

    /**
     * Backfills the keys if not done yet.
     *
     * @return how many items were given keys (0 once done)
     */
    public int runIfNeeded() {
        if (isDone()) {
            return 0;
        }
        int keyed = 0;
        for (AreaId area : areaIds()) {
            keyed += backfill(area);
        }
        markDone(dynamo, table, name);
        done = true;
        return keyed;
    }

    /** The ids of every area, from the {@code AREAS} partition. */
    List<AreaId> areaIds() {
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI2)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", GSI2PK))
                        .expressionAttributeValues(
                                Map.of(":pk", AttributeValue.fromS(TableKeys.ALL_AREAS)))
                        .projectionExpression("PK")
                        .build();
        return dynamo.queryPaginator(query).items().stream()
                .map(item -> new AreaId(Items.string(item, PK).substring("AREA#".length())))
                .toList();
    }

    private int backfill(AreaId area) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", GSI1PK));
        Map<String, AttributeValue> values =
                new HashMap<>(Map.of(":pk", AttributeValue.fromS(TableKeys.area(area))));
        String condition = "#pk = :pk";
        if (rangePrefix != null) {
            condition += " AND begins_with(#sk, :prefix)";
            names.put("#sk", GSI1SK);
            values.put(":prefix", AttributeValue.fromS(rangePrefix));
        }
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI1)
                        .keyConditionExpression(condition)
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values)
                        .build();
        int keyed = 0;
        for (Map<String, AttributeValue> stored : dynamo.queryPaginator(query).items()) {
            Map<String, AttributeValue> rewritten = withKeys(stored);
            if (rewritten != null && keep(stored, rewritten)) {
                keyed++;
            }
        }
        return keyed;
    }

    /** {@code stored} with {@code names}' values from {@code keys}, where it has them. */
    static Map<String, AttributeValue> withKeysFrom(
            Map<String, AttributeValue> stored,
            Map<String, AttributeValue> keys,
            List<String> names) {
        Map<String, AttributeValue> rewritten = new HashMap<>(stored);
        for (String key : names) {
            if (keys.containsKey(key)) {
                rewritten.put(key, keys.get(key));
            }
        }
        return rewritten;
    }

    private boolean keep(Map<String, AttributeValue> stored, Map<String, AttributeValue> next) {
        try {
            dynamo.putItem(
                    b ->
                            b.tableName(table)
                                    .item(next)
                                    .conditionExpression(UNCHANGED)
                                    .expressionAttributeNames(Map.of("#body", BODY))
                                    .expressionAttributeValues(Map.of(":body", stored.get(BODY))));
            return true;
        } catch (ConditionalCheckFailedException changedSince) {
            return false; // written again since it was read: that write gave it its keys
        }
    }

    /** Records {@code MIGRATION#{name}}: every item that needs the keys has them. */
    static void markDone(DynamoDbClient dynamo, String table, String name) {
        dynamo.putItem(
                b ->
                        b.tableName(table)
                                .item(
                                        item().s(PK, TableKeys.migration(name))
                                                .s(SK, TableKeys.MIGRATION_ITEM)
                                                .s("kind", "MIGRATION")
                                                .build()));
    }
}
