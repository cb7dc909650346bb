package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.infrastructure.dynamodb.Recording.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.infrastructure.dynamodb.Recording.change;
import static org.sendtracker.infrastructure.dynamodb.Recording.created;
import static org.sendtracker.infrastructure.dynamodb.Recording.withRevisitDeadlines;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.inspection.model.Inspection;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * A table from before the closing-day key: its closed inspections have no ByDate keys and nothing
 * records the backfill. Closures are still found the old way until the backfill has given them
 * their keys; the backfill touches only closed inspections, each only if still as read, and runs
 * once.
 */
class ClosedInspectionsBackfillTest {

    private static final AreaId CUMBRIA = new AreaId("cumbria");
    private static final AreaId DURHAM = new AreaId("durham");

    private LocalDynamoDb dynamo;
    private ClosedInspectionsBackfill backfill;
    private DynamoDbInspections inspections;
    private Inspection closed;

    @BeforeEach
    void anOldTable_withAnOpenAndAClosedInspection_theClosedOneWithoutByDateKeys() {
        dynamo = LocalDynamoDb.withFreshTable();
        // as the code before the key made the table: the open indexes' record, not this one's
        deleteItem(TableKeys.migration(ClosedInspectionsBackfill.NAME), TableKeys.MIGRATION_ITEM);
        backfill = new ClosedInspectionsBackfill(dynamo.client, dynamo.table);
        inspections =
                new DynamoDbInspections(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table),
                        backfill);
        DynamoDbAreas areas = new DynamoDbAreas(dynamo.client, dynamo.table);
        for (AreaId area : List.of(CUMBRIA, DURHAM)) {
            Area registered =
                    new Area(
                            area,
                            area.value(),
                            List.of(
                                    new Contact(
                                            "Lead",
                                            "lead@" + area.value() + ".example",
                                            ContactRole.LEAD_OFFICER)),
                            1);
            areas.create(registered, AreaChange.registered(registered, "Officer", Recording.NOW));
        }
        // cumbria: open, with a revisit due
        withRevisitDeadlines(inspections, "cumbria", "2020-01-01");
        // durham: closed on its report, 14 May 2019, no WSoA required
        Inspection notified = aCumbriaLikeInspectionAwaitingReport("durham");
        inspections.create(notified, created(notified));
        Recording.Change report =
                change(
                        notified,
                        "REPORT_RECEIVED",
                        Map.of("on", "2019-05-14", "wsoaRequired", false));
        inspections.update(notified, report.next(), report.event(), Optional.empty());
        closed = report.next();
        // as the code before the key wrote it
        dynamo.client.updateItem(
                b ->
                        b.tableName(dynamo.table.value())
                                .key(
                                        Items.key(
                                                DynamoDbInspections.pk(closed.id()),
                                                TableKeys.INSPECTION_ITEM))
                                .conditionExpression("attribute_exists(PK)")
                                .updateExpression("REMOVE GSI2PK, GSI2SK"));
        dynamo.requests.clear();
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void beforeTheBackfill_closuresAreStillFound_theOldWay() {
        assertThat(backfill.isDone()).isFalse();

        assertThat(inspections.closedSince(DURHAM, LocalDate.of(2019, 5, 14)))
                .containsExactly(closed);
        assertThat(inspections.closedSince(DURHAM, LocalDate.of(2019, 5, 15))).isEmpty();
        assertThat(inspections.closedSince(CUMBRIA, LocalDate.of(2016, 1, 1))).isEmpty();
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(QueryRequest::indexName)
                .containsOnly("ByArea");
    }

    @Test
    void theBackfill_keysOnlyTheClosedInspection_thenItsAreasClosedPartitionAnswers() {
        int keyed = backfill.runIfNeeded();

        assertThat(keyed).as("the closed inspection, not the open one nor any deadline").isOne();
        assertThat(dynamo.requests.ofType(ScanRequest.class)).isEmpty();
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .as("the areas, then each area's inspections only")
                .extracting(q -> q.expressionAttributeValues().get(":pk").s())
                .containsExactly("AREAS", "AREA#cumbria", "AREA#durham");
        ClosedInspectionsBackfill fresh =
                new ClosedInspectionsBackfill(dynamo.client, dynamo.table);
        assertThat(fresh.isDone()).isTrue();
        DynamoDbInspections reading =
                new DynamoDbInspections(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table),
                        fresh);
        dynamo.requests.clear();
        assertThat(reading.closedSince(DURHAM, LocalDate.of(2019, 5, 14))).containsExactly(closed);
        assertThat(reading.closedSince(DURHAM, LocalDate.of(2019, 5, 15))).isEmpty();
        assertThat(reading.openIn(CUMBRIA)).hasSize(1);
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(q -> q.indexName() + " " + q.expressionAttributeValues().get(":pk").s())
                .containsExactly(
                        "ByDate CLOSED#durham", "ByDate CLOSED#durham", "ByDate OPEN_INSPECTIONS");
    }

    @Test
    void theBackfill_runsOnce_andChangesNothingTheSecondTime() {
        backfill.runIfNeeded();
        dynamo.requests.clear();

        int again = new ClosedInspectionsBackfill(dynamo.client, dynamo.table).runIfNeeded();

        assertThat(again).isZero();
        assertThat(dynamo.requests.all()).as("one read of the record that it is done").hasSize(1);
    }

    @Test
    void theClosedInspectionIsKeyed_onlyIfItIsStillAsRead_withNothingElseChanged() {
        Map<String, AttributeValue> before = storedClosed();

        backfill.runIfNeeded();

        assertThat(dynamo.requests.ofType(PutItemRequest.class))
                .filteredOn(put -> !put.item().get("PK").s().startsWith("MIGRATION#"))
                .singleElement()
                .satisfies(
                        put -> {
                            assertThat(put.conditionExpression()).isEqualTo("#body = :body");
                            assertThat(put.expressionAttributeValues().get(":body"))
                                    .isEqualTo(before.get("body"));
                        });
        Map<String, AttributeValue> after = storedClosed();
        assertThat(after.get("GSI2PK").s()).isEqualTo("CLOSED#durham");
        assertThat(after.get("GSI2SK").s()).isEqualTo("2019-05-14#durham-2019-03-18");
        after.remove("GSI2PK");
        after.remove("GSI2SK");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aTableCreatedWithTheKey_needsNoBackfill() {
        try (LocalDynamoDb fresh = LocalDynamoDb.withFreshTable()) {
            assertThat(new ClosedInspectionsBackfill(fresh.client, fresh.table).isDone()).isTrue();
        }
    }

    private Map<String, AttributeValue> storedClosed() {
        return new HashMap<>(
                dynamo.client
                        .getItem(
                                b ->
                                        b.tableName(dynamo.table.value())
                                                .key(
                                                        Items.key(
                                                                DynamoDbInspections.pk(closed.id()),
                                                                TableKeys.INSPECTION_ITEM)))
                        .item());
    }

    private void deleteItem(String pk, String sk) {
        dynamo.client.deleteItem(b -> b.tableName(dynamo.table.value()).key(Items.key(pk, sk)));
    }
}
