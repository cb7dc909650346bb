package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.Inspection;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Gives each inspection closed before the closing-day key existed its place in its area's {@code
 * CLOSED#{area}} partition of ByDate ({@link TableKeys#closedInspection}). The same discipline as
 * {@link OpenIndexesBackfill}: it walks the areas ({@code AREAS}) and each area's inspections in
 * ByArea (no scan, and none of the area's deadlines), adds the keys to an item only if the item is
 * still as read (a write since then already carries them), and when every area is done records
 * {@code MIGRATION#closed-inspections}. Until then {@link DynamoDbInspections#closedSince} reads
 * each area's inspections instead, so no closure is missed meanwhile. Idempotent: run again, it
 * finds the record and does nothing; interrupted, it starts again and skips what already has its
 * keys. The reconcile runs it; a table created with the key is recorded as done at once.
 */
@Singleton
public final class ClosedInspectionsBackfill {

    static final String NAME = "closed-inspections";

    /** The item is still the one read: nothing wrote it since. */
    static final String UNCHANGED = "#body = :body";

    private final DynamoDbClient dynamo;
    private final String table;
    private volatile boolean done;

    ClosedInspectionsBackfill(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    /** Whether every closed inspection is in its area's {@code CLOSED#} partition. */
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
     * @return how many inspections were given keys (0 once done)
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

    private List<AreaId> areaIds() {
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
        QueryRequest inspections =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI1)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .expressionAttributeNames(Map.of("#pk", GSI1PK, "#sk", GSI1SK))
                        .expressionAttributeValues(
                                Map.of(
                                        ":pk",
                                        AttributeValue.fromS(TableKeys.area(area)),
                                        ":prefix",
                                        AttributeValue.fromS(TableKeys.INSPECTION_IN_AREA_PREFIX)))
                        .build();
        int keyed = 0;
        for (Map<String, AttributeValue> stored : dynamo.queryPaginator(inspections).items()) {
            if (TableKeys.INSPECTION_ITEM.equals(Items.string(stored, SK))
                    && !stored.containsKey(GSI2PK)) {
                Inspection inspection =
                        JsonBodies.read(Items.string(stored, BODY), Inspection.class);
                if (!DynamoDbInspections.isOpen(inspection)
                        && keep(stored, withKeys(stored, inspection))) {
                    keyed++;
                }
            }
        }
        return keyed;
    }

    /** The stored item as it is, plus the ByDate keys the current writer gives it. */
    private static Map<String, AttributeValue> withKeys(
            Map<String, AttributeValue> stored, Inspection closed) {
        Map<String, AttributeValue> keys = DynamoDbInspections.inspectionItem(closed);
        Map<String, AttributeValue> rewritten = new HashMap<>(stored);
        rewritten.put(GSI2PK, keys.get(GSI2PK));
        rewritten.put(GSI2SK, keys.get(GSI2SK));
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

    /** Records that every closed inspection has its closing-day key. */
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
