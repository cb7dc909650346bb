package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.VERSION;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Areas in the single table; all areas are one item collection of the ByDate index ({@code AREAS}).
 * An area's audit trail lives in its own partition ({@code CHANGE#<version>}), written in the same
 * transaction as the area.
 */
@Singleton
final class DynamoDbAreas implements Areas {

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoDbAreas(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    @Override
    public Optional<Area> find(AreaId id) {
        return Items.get(dynamo, table, pk(id), TableKeys.AREA_ITEM, Area.class);
    }

    @Override
    public List<Area> all() {
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI2)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", GSI2PK))
                        .expressionAttributeValues(
                                Map.of(":pk", AttributeValue.fromS(TableKeys.ALL_AREAS)))
                        .build();
        return Items.query(dynamo, query, Area.class);
    }

    @Override
    public void create(Area area, AreaChange registered) {
        Transactions.write(
                dynamo,
                List.of(
                        Transactions.put(
                                table,
                                areaItem(area),
                                DynamoDbInspections.NOT_YET_WRITTEN,
                                Map.of()),
                        Transactions.put(
                                table,
                                changeItem(area.id(), registered),
                                DynamoDbInspections.NOT_YET_WRITTEN,
                                Map.of())),
                () -> "area " + area.id() + " already exists");
    }

    @Override
    public void update(Area area, long previousVersion, AreaChange change) {
        Transactions.write(
                dynamo,
                List.of(
                        Transactions.put(
                                table,
                                areaItem(area),
                                DynamoDbInspections.VERSION_UNCHANGED,
                                Map.of(
                                        ":previousVersion",
                                        AttributeValue.fromN(Long.toString(previousVersion)))),
                        Transactions.put(
                                table,
                                changeItem(area.id(), change),
                                DynamoDbInspections.NOT_YET_WRITTEN,
                                Map.of())),
                () -> "area " + area.id() + " is no longer at version " + previousVersion);
    }

    @Override
    public List<AreaChange> changes(AreaId id) {
        return Items.collection(dynamo, table, pk(id), TableKeys.CHANGE_PREFIX, AreaChange.class);
    }

    /** The latest entries: the change collection read backwards, only as far as asked. */
    @Override
    public List<AreaChange> latestChanges(AreaId id, int limit) {
        QueryRequest query =
                Items.collectionQuery(table, pk(id), TableKeys.CHANGE_PREFIX)
                        .scanIndexForward(false)
                        .limit(limit)
                        .build();
        return dynamo.query(query).items().stream()
                .map(item -> JsonBodies.read(Items.string(item, BODY), AreaChange.class))
                .toList();
    }

    /** One per version, so two writers of the same version cannot both add an entry. */
    private static Map<String, AttributeValue> changeItem(AreaId id, AreaChange change) {
        return item().s(PK, pk(id))
                .s(SK, TableKeys.change(change.version()))
                .s("kind", "AREA_CHANGE")
                .s(BODY, JsonBodies.write(change))
                .build();
    }

    private static Map<String, AttributeValue> areaItem(Area area) {
        return item().s(PK, pk(area.id()))
                .s(SK, TableKeys.AREA_ITEM)
                .s(GSI2PK, TableKeys.ALL_AREAS)
                .s(GSI2SK, area.id().value())
                .s("kind", "AREA")
                .n(VERSION, area.version())
                .s(BODY, JsonBodies.write(area))
                .build();
    }

    private static String pk(AreaId id) {
        return TableKeys.area(id);
    }
}
