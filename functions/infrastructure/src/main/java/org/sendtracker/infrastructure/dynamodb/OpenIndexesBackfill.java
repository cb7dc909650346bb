package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.DeadlineEntry;
import org.sendtracker.inspection.model.Inspection;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Gives the items written before the sparse indexes existed their keys: each open inspection its
 * {@code OPEN_INSPECTIONS} place in ByDate, each outstanding deadline its OpenDeadlines keys. It
 * walks the areas ({@code AREAS}) and each area's ByArea collection (no scan), adds the keys to an
 * item only if the item is still as read (a write since then already carries them), and when every
 * area is done records {@code MIGRATION#open-indexes}. Until then the readers of those indexes read
 * the old way ({@link #isDone}), so nothing open is missed meanwhile. Idempotent: run again, it
 * finds the record and does nothing; interrupted, it starts again and skips what already has its
 * keys. The reconcile runs it (hourly on AWS, at each start locally); a table created with the
 * indexes is recorded as done at once.
 */
@Singleton
public final class OpenIndexesBackfill {

    static final String NAME = "open-indexes";

    /** The item is still the one read: nothing wrote it since. */
    static final String UNCHANGED = "#body = :body";

    private final DynamoDbClient dynamo;
    private final String table;
    private volatile boolean done;

    OpenIndexesBackfill(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    /** Whether the sparse indexes hold every open inspection and outstanding deadline. */
    public boolean isDone() {
        if (!done) {
            done =
                    dynamo.getItem(
                                    b ->
                                            b.tableName(table)
                                                    .key(
                                                            Items.key(
                                                                    TableKeys.migration(NAME),
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
        markDone(dynamo, table);
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
                        .build();
        return dynamo.queryPaginator(query).items().stream()
                .map(item -> new AreaId(Items.string(item, PK).substring("AREA#".length())))
                .toList();
    }

    private int backfill(AreaId area) {
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI1)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", GSI1PK))
                        .expressionAttributeValues(
                                Map.of(":pk", AttributeValue.fromS(TableKeys.area(area))))
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

    /** The item with its sparse keys, or {@code null} when it needs none or has them. */
    private static Map<String, AttributeValue> withKeys(Map<String, AttributeValue> stored) {
        String sk = Items.string(stored, SK);
        String body = Items.string(stored, BODY);
        Map<String, AttributeValue> keys;
        if (TableKeys.INSPECTION_ITEM.equals(sk) && !stored.containsKey(GSI2PK)) {
            Inspection inspection = JsonBodies.read(body, Inspection.class);
            if (!DynamoDbInspections.isOpen(inspection)) {
                return null; // a closed one's ByDate keys are ClosedInspectionsBackfill's
            }
            keys = DynamoDbInspections.inspectionItem(inspection);
        } else if (sk != null && sk.startsWith("DEADLINE#") && !stored.containsKey(GSI3PK)) {
            keys = DynamoDbInspections.deadlineItem(JsonBodies.read(body, DeadlineEntry.class));
            if (!keys.containsKey(GSI3PK)) {
                return null;
            }
        } else {
            return null;
        }
        // The stored item as it is, plus the keys the current writer gives it.
        Map<String, AttributeValue> rewritten = new HashMap<>(stored);
        for (String name : List.of(GSI2PK, TableLayout.GSI2SK, GSI3PK, TableLayout.GSI3SK)) {
            if (keys.containsKey(name)) {
                rewritten.put(name, keys.get(name));
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

    /** Records that the sparse indexes are complete. */
    static void markDone(DynamoDbClient dynamo, String table) {
        dynamo.putItem(
                b ->
                        b.tableName(table)
                                .item(
                                        item().s(PK, TableKeys.migration(NAME))
                                                .s(SK, TableKeys.MIGRATION_ITEM)
                                                .s("kind", "MIGRATION")
                                                .build()));
    }
}
