package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.DeadlineEntry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Gives the deadlines met late before the {@code MET_LATE} key existed their place in it (the
 * OpenDeadlines index, GSI3: {@code MET_LATE} / {@code {dueOn}#{id}#{dl}}), as {@link
 * OpenIndexesBackfill} did for the outstanding ones and with the same discipline: it walks the
 * areas ({@code AREAS}) and each area's deadlines in its ByArea collection (no scan), keys a
 * deadline only if its item is still as read (a write since then already carries the key), and when
 * every area is done records {@code MIGRATION#met-late}. Until then the dashboard's met-late list
 * reads the due-date index the old way ({@link #isDone}), so nothing met late is missed meanwhile.
 * Idempotent: run again, it finds the record and does nothing; interrupted, it starts again and
 * skips what already has its key. The reconcile runs it; a table created with the key's writer is
 * recorded as done at once (docs/performance.md, "The dashboard at ×10 (stop 20)").
 */
@Singleton
public final class MetLateBackfill {

    static final String NAME = "met-late";

    private final DynamoDbClient dynamo;
    private final String table;
    private volatile boolean done;

    MetLateBackfill(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    /** Whether every deadline met late is in the {@code MET_LATE} partition. */
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
     * Backfills the key if not done yet.
     *
     * @return how many deadlines were given the key (0 once done)
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
    private List<AreaId> areaIds() {
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

    /** The area's deadlines (its ByArea {@code DEADLINE#} range), each keyed if met late. */
    private int backfill(AreaId area) {
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI1)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :deadlines)")
                        .expressionAttributeNames(Map.of("#pk", GSI1PK, "#sk", GSI1SK))
                        .expressionAttributeValues(
                                Map.of(
                                        ":pk",
                                        AttributeValue.fromS(TableKeys.area(area)),
                                        ":deadlines",
                                        AttributeValue.fromS(TableKeys.deadline(""))))
                        .build();
        int keyed = 0;
        for (Map<String, AttributeValue> stored : dynamo.queryPaginator(query).items()) {
            Map<String, AttributeValue> rewritten = withKey(stored);
            if (rewritten != null && keep(stored, rewritten)) {
                keyed++;
            }
        }
        return keyed;
    }

    /** The item with its {@code MET_LATE} key, or {@code null} when it needs none or has it. */
    private static Map<String, AttributeValue> withKey(Map<String, AttributeValue> stored) {
        if (TableKeys.MET_LATE_DEADLINES.equals(Items.string(stored, GSI3PK))) {
            return null;
        }
        DeadlineEntry entry = JsonBodies.read(Items.string(stored, BODY), DeadlineEntry.class);
        if (!entry.deadline().isMetLate()) {
            return null;
        }
        Map<String, AttributeValue> keys = DynamoDbInspections.deadlineItem(entry);
        // The stored item as it is, plus the key the current writer gives it.
        Map<String, AttributeValue> rewritten = new HashMap<>(stored);
        rewritten.put(GSI3PK, keys.get(GSI3PK));
        rewritten.put(GSI3SK, keys.get(GSI3SK));
        return rewritten;
    }

    private boolean keep(Map<String, AttributeValue> stored, Map<String, AttributeValue> next) {
        try {
            dynamo.putItem(
                    b ->
                            b.tableName(table)
                                    .item(next)
                                    .conditionExpression(OpenIndexesBackfill.UNCHANGED)
                                    .expressionAttributeNames(Map.of("#body", BODY))
                                    .expressionAttributeValues(Map.of(":body", stored.get(BODY))));
            return true;
        } catch (ConditionalCheckFailedException changedSince) {
            return false; // written again since it was read: that write gave it its key
        }
    }

    /** Records that every deadline met late carries the key. */
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
