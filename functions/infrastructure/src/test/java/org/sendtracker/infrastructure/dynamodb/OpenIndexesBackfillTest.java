package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.infrastructure.dynamodb.Recording.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.infrastructure.dynamodb.Recording.testChange;
import static org.sendtracker.infrastructure.dynamodb.Recording.withRevisitDeadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Stage;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * A table from before the sparse indexes: the index is added, the old items keep being read the old
 * way until the backfill has given them their keys, and the backfill runs once.
 */
class OpenIndexesBackfillTest {
    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());

    private LocalDynamoDb dynamo;
    private OpenIndexesBackfill backfill;
    private DynamoDbInspections inspections;
    private DynamoDbDeadlineIndex index;

    @BeforeEach
    void anOldTable_withAnOpenAndAClosedInspection_writtenWithoutTheSparseKeys() {
        dynamo = LocalDynamoDb.withTableBeforeOpenIndexes();
        backfill = new OpenIndexesBackfill(dynamo.client, dynamo.table);
        inspections = new DynamoDbInspections(dynamo.client, dynamo.table, backfill);
        index = new DynamoDbDeadlineIndex(dynamo.client, dynamo.table, backfill);
        DynamoDbAreas areas = new DynamoDbAreas(dynamo.client, dynamo.table);
        for (String area : List.of("cumbria", "durham")) {
            Area registered =
                    new Area(
                            new AreaId(area),
                            area,
                            List.of(
                                    new Contact(
                                            "Lead",
                                            "lead@" + area + ".example",
                                            ContactRole.LEAD_OFFICER)),
                            1);
            areas.create(registered, AreaChange.registered(registered, "Officer", Recording.NOW));
        }
        // cumbria: open, one deadline met (2020) and one outstanding (2021)
        Inspection cumbria =
                withRevisitDeadlines(inspections, "cumbria", "2020-01-01", "2021-01-01");
        Inspection met =
                cumbria.change()
                        .deadline("REVISIT", d -> d.met(LocalDate.of(2019, 12, 20), CALENDAR))
                        .recordedAt(Recording.NOW);
        inspections.update(cumbria, met, testChange(met), Optional.empty());
        // durham: closed, its outstanding deadline cancelled
        Inspection durham = withRevisitDeadlines(inspections, "durham", "2020-06-30");
        Inspection closed =
                durham.change()
                        .cancelAllOutstanding()
                        .stage(Stage.CLOSED)
                        .recordedAt(Recording.NOW);
        inspections.update(durham, closed, testChange(closed), Optional.empty());
        // as the code before the indexes wrote them
        for (String area : List.of("cumbria", "durham")) {
            InspectionId id = aCumbriaLikeInspectionAwaitingReport(area).id();
            removeKeys(DynamoDbInspections.pk(id), TableKeys.INSPECTION_ITEM, "GSI2PK", "GSI2SK");
            for (Deadline deadline : inspections.find(id).orElseThrow().deadlines()) {
                removeKeys(
                        DynamoDbInspections.pk(id),
                        TableKeys.deadline(deadline.id()),
                        "GSI3PK",
                        "GSI3SK");
            }
        }
        dynamo.requests.clear();
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void beforeTheBackfill_theIndexIsAdded_andOpenWorkIsStillFound_theOldWay() {
        TableLayout.createIfMissing(dynamo.client, dynamo.table.value());

        assertThat(
                        dynamo.client
                                .describeTable(b -> b.tableName(dynamo.table.value()))
                                .table()
                                .globalSecondaryIndexes())
                .extracting(i -> i.indexName())
                .containsExactlyInAnyOrder("ByArea", "ByDate", "OpenDeadlines");
        assertThat(backfill.isDone()).isFalse();
        assertThat(inspections.open())
                .extracting(i -> i.id().value())
                .containsExactly("cumbria-2019-03-18");
        assertThat(
                        Recording.describe(
                                index.outstandingDueBy(
                                        LocalDate.of(2026, 12, 31), Optional.empty())))
                .containsExactly("2021-01-01 cumbria-2019-03-18 REVISIT-2");
    }

    @Test
    void theBackfill_keysOnlyOpenInspectionsAndOutstandingDeadlines_thenTheIndexesAnswer() {
        TableLayout.createIfMissing(dynamo.client, dynamo.table.value());

        int keyed = backfill.runIfNeeded();

        assertThat(keyed).as("the open inspection and its outstanding deadline").isEqualTo(2);
        assertThat(dynamo.requests.ofType(ScanRequest.class)).isEmpty();
        OpenIndexesBackfill fresh = new OpenIndexesBackfill(dynamo.client, dynamo.table);
        assertThat(fresh.isDone()).isTrue();
        DynamoDbInspections reading = new DynamoDbInspections(dynamo.client, dynamo.table, fresh);
        DynamoDbDeadlineIndex indexed =
                new DynamoDbDeadlineIndex(dynamo.client, dynamo.table, fresh);
        dynamo.requests.clear();
        assertThat(reading.open())
                .extracting(i -> i.id().value())
                .containsExactly("cumbria-2019-03-18");
        assertThat(
                        Recording.describe(
                                indexed.outstandingDueBy(
                                        LocalDate.of(2026, 12, 31), Optional.empty())))
                .containsExactly("2021-01-01 cumbria-2019-03-18 REVISIT-2");
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(QueryRequest::indexName)
                .containsExactly("ByDate", "OpenDeadlines");
    }

    @Test
    void theBackfill_runsOnce_andChangesNothingTheSecondTime() {
        TableLayout.createIfMissing(dynamo.client, dynamo.table.value());
        backfill.runIfNeeded();
        dynamo.requests.clear();

        int again = new OpenIndexesBackfill(dynamo.client, dynamo.table).runIfNeeded();

        assertThat(again).isZero();
        assertThat(dynamo.requests.all()).as("one read of the record that it is done").hasSize(1);
    }

    @Test
    void eachItemIsKeyed_onlyIfItIsStillAsRead_soALaterWriteIsNeverUndone() {
        TableLayout.createIfMissing(dynamo.client, dynamo.table.value());
        dynamo.requests.clear();

        backfill.runIfNeeded();

        assertThat(dynamo.requests.ofType(PutItemRequest.class))
                .filteredOn(put -> !put.item().get("PK").s().startsWith("MIGRATION#"))
                .hasSize(2)
                .allSatisfy(
                        put -> {
                            assertThat(put.conditionExpression()).isEqualTo("#body = :body");
                            assertThat(put.expressionAttributeValues().get(":body"))
                                    .isEqualTo(put.item().get("body"));
                        });
    }

    @Test
    void aTableCreatedWithTheIndexes_needsNoBackfill() {
        try (LocalDynamoDb fresh = LocalDynamoDb.withFreshTable()) {
            assertThat(new OpenIndexesBackfill(fresh.client, fresh.table).isDone()).isTrue();
        }
    }

    private void removeKeys(String pk, String sk, String... names) {
        dynamo.client.updateItem(
                b ->
                        b.tableName(dynamo.table.value())
                                .key(Items.key(pk, sk))
                                .conditionExpression("attribute_exists(PK)")
                                .updateExpression("REMOVE " + String.join(", ", names)));
    }
}
