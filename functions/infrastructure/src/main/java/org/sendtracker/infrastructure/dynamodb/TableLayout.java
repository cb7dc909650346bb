package org.sendtracker.infrastructure.dynamodb;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateGlobalSecondaryIndexAction;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * The single table's attributes and indexes (docs/design.md, "The table", draws the item
 * collections; {@link TableKeys} builds every key). The SAM template declares the same table for
 * AWS; the local runner and the tests create it with {@link #createIfMissing}.
 *
 * <pre>
 * item            PK                 SK                    GSI1PK (ByArea)  GSI1SK                      GSI2PK (ByDate)  GSI2SK
 * area            AREA#{id}          #AREA                 -                -                           AREAS            {id}
 * area's digest   AREA#{id}          #OUTSTANDING          -                -                           AREA_OUTSTANDING {id}
 *                 with one attribute I:{inspectionId} per inspection with outstanding deadlines ({@link AreaDigests})
 * inspection      INSPECTION#{id}    #INSPECTION           AREA#{areaId}    INSPECTION#{startsOn}#{id}  OPEN_INSPECTIONS {areaId}#{startsOn}#{id} (open)
 *                                                                                                  CLOSED#{areaId}  {closedOn}#{id} (closed)
 * audit entry     INSPECTION#{id}    EVENT#{seq:6}         -                -                           -                -
 * deadline        INSPECTION#{id}    DEADLINE#{deadlineId} AREA#{areaId}    DEADLINE#{dueOn}#{id}#{dl}  DUE#{yyyy}       {dueOn}#{id}#{dl}
 *                 and, while outstanding, in OpenDeadlines (GSI3PK/GSI3SK): OUTSTANDING / {dueOn}#{id}#{dl}
 *                 or, while met late, in OpenDeadlines:                     MET_LATE / {dueOn}#{id}#{dl}
 * idempotency     INSPECTION#{id}    IDEMPOTENCY#{key}     -                -                           -                -
 * </pre>
 */
public final class TableLayout {

    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1 = "ByArea";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";
    public static final String GSI2 = "ByDate";
    public static final String GSI2PK = "GSI2PK";
    public static final String GSI2SK = "GSI2SK";

    /**
     * Sparse: only outstanding deadlines ({@code OUTSTANDING}) and those met late ({@code
     * MET_LATE}) carry its keys, so the overdue query reads what is still to do and the met-late
     * list what was met late, never the whole history (docs/performance.md, "Scale").
     */
    public static final String GSI3 = "OpenDeadlines";

    public static final String GSI3PK = "GSI3PK";
    public static final String GSI3SK = "GSI3SK";
    public static final String VERSION = "version";
    public static final String BODY = "body";
    public static final String EXPIRES_AT = "expiresAt";

    private TableLayout() {}

    /**
     * Creates the table when missing (its sparse indexes then need no backfill: {@link
     * OpenIndexesBackfill#markDone}, {@link MetLateBackfill#markDone}); a table made before the
     * OpenDeadlines index existed gets the index added, as the template's next deployment adds it
     * on AWS, and is backfilled by the reconcile.
     */
    public static void createIfMissing(DynamoDbClient dynamo, String tableName) {
        TableDescription existing;
        try {
            existing = dynamo.describeTable(b -> b.tableName(tableName)).table();
        } catch (ResourceNotFoundException missing) {
            existing = null;
        }
        if (existing == null) {
            dynamo.createTable(
                    CreateTableRequest.builder()
                            .tableName(tableName)
                            .billingMode(BillingMode.PAY_PER_REQUEST)
                            .attributeDefinitions(
                                    stringAttributes(
                                            PK, SK, GSI1PK, GSI1SK, GSI2PK, GSI2SK, GSI3PK, GSI3SK))
                            .keySchema(key(PK, SK))
                            .globalSecondaryIndexes(
                                    index(GSI1, GSI1PK, GSI1SK),
                                    index(GSI2, GSI2PK, GSI2SK),
                                    index(GSI3, GSI3PK, GSI3SK))
                            .build());
            dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
            OpenIndexesBackfill.markDone(dynamo, tableName);
            MetLateBackfill.markDone(dynamo, tableName);
            // ...nor do the closed inspections' closing-day keys.
            ClosedInspectionsBackfill.markDone(dynamo, tableName);
            // ...nor do the areas' digests of what is outstanding.
            AreaDigestBackfill.markDone(dynamo, tableName);
        } else if (existing.globalSecondaryIndexes().stream()
                .noneMatch(index -> index.indexName().equals(GSI3))) {
            dynamo.updateTable(
                    UpdateTableRequest.builder()
                            .tableName(tableName)
                            .attributeDefinitions(stringAttributes(GSI3PK, GSI3SK))
                            .globalSecondaryIndexUpdates(
                                    GlobalSecondaryIndexUpdate.builder()
                                            .create(
                                                    CreateGlobalSecondaryIndexAction.builder()
                                                            .indexName(GSI3)
                                                            .keySchema(key(GSI3PK, GSI3SK))
                                                            .projection(allAttributes())
                                                            .build())
                                            .build())
                            .build());
            awaitActive(dynamo, tableName, GSI3);
        }
    }

    /** DynamoDB builds a new index from the items already there before it serves queries. */
    private static void awaitActive(DynamoDbClient dynamo, String tableName, String indexName) {
        long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (dynamo
                .describeTable(b -> b.tableName(tableName))
                .table()
                .globalSecondaryIndexes()
                .stream()
                .noneMatch(
                        index ->
                                index.indexName().equals(indexName)
                                        && index.indexStatus() == IndexStatus.ACTIVE)) {
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException(
                        "index " + indexName + " of " + tableName + " not active after 5 minutes");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while " + indexName + " is built", e);
            }
        }
    }

    private static Projection allAttributes() {
        return Projection.builder().projectionType(ProjectionType.ALL).build();
    }

    private static List<AttributeDefinition> stringAttributes(String... names) {
        return Arrays.stream(names)
                .map(
                        name ->
                                AttributeDefinition.builder()
                                        .attributeName(name)
                                        .attributeType(ScalarAttributeType.S)
                                        .build())
                .toList();
    }

    private static List<KeySchemaElement> key(String partition, String sort) {
        return List.of(
                KeySchemaElement.builder().attributeName(partition).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(sort).keyType(KeyType.RANGE).build());
    }

    private static GlobalSecondaryIndex index(String name, String partition, String sort) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(key(partition, sort))
                .projection(allAttributes())
                .build();
    }
}
