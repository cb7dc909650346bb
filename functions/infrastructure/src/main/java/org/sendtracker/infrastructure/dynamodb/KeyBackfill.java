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

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * What every backfill of a key shares: it walks the areas ({@code AREAS}) and each area's ByArea
 * collection, or one range of it (no scan), gives an item the keys its current writer would give it
 * only if the item is still as read (a write since then already carries them), and when every area
 * is done records {@code MIGRATION#{name}} as keyed, with the time. While a deployment replaces the
 * functions, the version before still writes items without the keys, so it is done only when a
 * later walk, at least the {@link BackfillWindow}'s settling time after the last, finds no item
 * lacking them; a walk that finds some keys them and waits again. Until then the key's readers read
 * the old way ({@link #isDone}). Idempotent: once done, a run reads the record and does nothing;
 * interrupted, it starts again and skips what already has its keys. The reconcile runs each (hourly
 * on AWS); a table created with the keys is recorded as done at once (docs/performance.md,
 * "Backfill" and "The backfills' deploy window (stop 21)").
 */
public abstract class KeyBackfill {

    /** The item is still the one read: nothing wrote it since. */
    static final String UNCHANGED = "#body = :body";

    /** The record's state: every item had its keys at the last walk, which ended at KEYED_AT. */
    static final String STATE = "state";

    static final String KEYED_AT = "keyedAt";

    /** Walked once; to be walked again after the settling time. */
    static final String KEYED = "KEYED";

    /** A walk after the settling time found nothing lacking the keys. */
    static final String DONE = "DONE";

    /** What a run did. */
    public enum Outcome {
        /** Done before this run: nothing read but the record. */
        ALREADY_DONE,
        /** Walked before, less than the settling time ago: nothing walked. */
        SETTLING,
        /** Walked, and to be walked again after the settling time. */
        KEYED,
        /** Walked and found complete: the readers now read by the keys. */
        DONE
    }

    /** A run's outcome and how many items lacked the keys in its walk (0 when it did not walk). */
    public record Run(Outcome outcome, int lacking) {}

    private final DynamoDbClient dynamo;
    private final String table;
    private final String name;
    private final String rangePrefix;
    private final BackfillWindow window;
    private volatile boolean done;

    /**
     * A backfill recorded as {@code MIGRATION#{name}}, walking each area's ByArea items whose sort
     * key begins with {@code rangePrefix} (all of them when null), checked again after {@code
     * window}'s settling time.
     */
    KeyBackfill(
            DynamoDbClient dynamo,
            TableName table,
            String name,
            String rangePrefix,
            BackfillWindow window) {
        this.dynamo = dynamo;
        this.table = table.value();
        this.name = name;
        this.rangePrefix = rangePrefix;
        this.window = window;
    }

    /**
     * The stored item as it is plus the keys its current writer gives it, or {@code null} when it
     * needs none or has them. A backfill that writes something other than keys overrides {@link
     * #walk} instead, and this is never asked.
     */
    Map<String, AttributeValue> withKeys(Map<String, AttributeValue> stored) {
        return null;
    }

    /**
     * Whether every item that needs the keys has them: recorded done (a record without a state is
     * one an earlier version wrote when it finished its one walk, and is done).
     */
    public boolean isDone() {
        if (!done) {
            done = record().map(KeyBackfill::isDone).orElse(false);
        }
        return done;
    }

    /**
     * Walks the table if not done yet and not walked within the settling time: the first walk
     * records the keys given, a later one that finds nothing lacking them records done (with no
     * settling time, the first walk does).
     */
    public Run run() {
        Optional<Map<String, AttributeValue>> record = record();
        if (record.map(KeyBackfill::isDone).orElse(false)) {
            done = true;
            return new Run(Outcome.ALREADY_DONE, 0);
        }
        Optional<Instant> keyedAt = record.map(item -> Instant.parse(Items.string(item, KEYED_AT)));
        if (keyedAt.isPresent()
                && window.clock().instant().isBefore(keyedAt.get().plus(window.settle()))) {
            return new Run(Outcome.SETTLING, 0);
        }
        int lacking = 0;
        for (AreaId area : areaIds()) {
            lacking += walk(area);
        }
        if (window.settle().isZero() || keyedAt.isPresent() && lacking == 0) {
            markDone(dynamo, table, name);
            done = true;
            return new Run(Outcome.DONE, lacking);
        }
        markKeyed(window.clock().instant());
        return new Run(Outcome.KEYED, lacking);
    }

    /**
     * Backfills the keys if not done yet ({@link #run}).
     *
     * @return how many items lacked the keys (0 once done, and while settling)
     */
    public int runIfNeeded() {
        return run().lacking();
    }

    private Optional<Map<String, AttributeValue>> record() {
        GetItemResponse got =
                dynamo.getItem(
                        b ->
                                b.tableName(table)
                                        .key(
                                                Items.key(
                                                        TableKeys.migration(name),
                                                        TableKeys.MIGRATION_ITEM))
                                        .consistentRead(true));
        return got.hasItem() ? Optional.of(got.item()) : Optional.empty();
    }

    private static boolean isDone(Map<String, AttributeValue> record) {
        return !record.containsKey(STATE) || DONE.equals(Items.string(record, STATE));
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

    /** The items of {@code area}'s range of ByArea that this backfill walks, page after page. */
    Iterable<Map<String, AttributeValue>> range(AreaId area) {
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
        return dynamo.queryPaginator(query).items();
    }

    DynamoDbClient dynamo() {
        return dynamo;
    }

    String table() {
        return table;
    }

    /**
     * Walks one area's range of ByArea, giving each item that lacks them its keys ({@link
     * #withKeys}).
     *
     * @return how many items lacked what the backfill writes
     */
    int walk(AreaId area) {
        int lacking = 0;
        for (Map<String, AttributeValue> stored : range(area)) {
            Map<String, AttributeValue> rewritten = withKeys(stored);
            if (rewritten != null) {
                // lacking its keys, whether this put gives them or a write since did (which, from
                // the version before, may not have: the walk after the settling time will see)
                keep(stored, rewritten);
                lacking++;
            }
        }
        return lacking;
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

    private void keep(Map<String, AttributeValue> stored, Map<String, AttributeValue> next) {
        try {
            dynamo.putItem(
                    b ->
                            b.tableName(table)
                                    .item(next)
                                    .conditionExpression(UNCHANGED)
                                    .expressionAttributeNames(Map.of("#body", BODY))
                                    .expressionAttributeValues(Map.of(":body", stored.get(BODY))));
        } catch (ConditionalCheckFailedException changedSince) {
            // written again since it was read: a current writer gave it its keys
        }
    }

    /** Records {@code MIGRATION#{name}} done: every item that needs the keys has them. */
    static void markDone(DynamoDbClient dynamo, String table, String name) {
        dynamo.putItem(b -> b.tableName(table).item(migrationItem(name, DONE).build()));
    }

    /** Records {@code MIGRATION#{name}} keyed by a walk that ended {@code at}: not done yet. */
    private void markKeyed(Instant at) {
        dynamo.putItem(
                b ->
                        b.tableName(table)
                                .item(
                                        migrationItem(name, KEYED)
                                                .s(KEYED_AT, at.toString())
                                                .build()));
    }

    private static Items migrationItem(String name, String state) {
        return item().s(PK, TableKeys.migration(name))
                .s(SK, TableKeys.MIGRATION_ITEM)
                .s("kind", "MIGRATION")
                .s(STATE, state);
    }
}
