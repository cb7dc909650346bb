package org.sendtracker.infrastructure.dynamodb;

import java.util.Arrays;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The single table's attributes and indexes (docs/design.md, "The table", draws the item
 * collections; {@link TableKeys} builds every key). The SAM template declares the same table for
 * AWS; the local runner and the tests create it with {@link #createIfMissing}.
 *
 * <pre>
 * item            PK                 SK                    GSI1PK (ByArea)  GSI1SK                      GSI2PK (ByDate)  GSI2SK
 * area            AREA#{id}          #AREA                 -                -                           AREAS            {id}
 * inspection      INSPECTION#{id}    #INSPECTION           AREA#{areaId}    INSPECTION#{startsOn}#{id}  -                -
 * audit entry     INSPECTION#{id}    EVENT#{seq:6}         -                -                           -                -
 * deadline        INSPECTION#{id}    DEADLINE#{deadlineId} AREA#{areaId}    DEADLINE#{dueOn}#{id}#{dl}  DUE#{yyyy}       {dueOn}#{id}#{dl}
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
    public static final String VERSION = "version";
    public static final String BODY = "body";
    public static final String EXPIRES_AT = "expiresAt";

    private TableLayout() {}

    public static void createIfMissing(DynamoDbClient dynamo, String tableName) {
        try {
            dynamo.describeTable(b -> b.tableName(tableName));
            return;
        } catch (ResourceNotFoundException missing) {
            // create it below
        }
        dynamo.createTable(
                CreateTableRequest.builder()
                        .tableName(tableName)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(
                                stringAttributes(PK, SK, GSI1PK, GSI1SK, GSI2PK, GSI2SK))
                        .keySchema(key(PK, SK))
                        .globalSecondaryIndexes(
                                index(GSI1, GSI1PK, GSI1SK), index(GSI2, GSI2PK, GSI2SK))
                        .build());
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
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
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }
}
