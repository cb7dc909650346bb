package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.infrastructure.dynamodb.Recording.testChange;
import static org.sendtracker.infrastructure.dynamodb.Recording.withRevisitDeadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Inspection;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * A table from before the {@code MET_LATE} key (the OpenDeadlines index exists, the deadlines met
 * late do not carry the key and no {@code MIGRATION#met-late} is recorded): the met-late list is
 * read the old way until the backfill has keyed them, and the backfill runs once.
 */
class MetLateBackfillTest {
    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 23);

    private LocalDynamoDb dynamo;
    private MetLateBackfill backfill;
    private DynamoDbInspections inspections;

    @BeforeEach
    void aTableWithDeadlinesMetLate_writtenWithoutTheKey() {
        dynamo = LocalDynamoDb.withFreshTable();
        inspections =
                new DynamoDbInspections(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
        Recording.registerWithALeadOfficer(
                new DynamoDbAreas(dynamo.client, dynamo.table), "cumbria", "durham");
        // cumbria: one met late, one met on time, one outstanding; durham: one met late
        meet(
                withRevisitDeadlines(
                        inspections, "cumbria", "2026-03-02", "2026-04-01", "2026-12-01"),
                "REVISIT",
                "2026-03-20",
                "REVISIT-2",
                "2026-03-30");
        meet(withRevisitDeadlines(inspections, "durham", "2026-06-30"), "REVISIT", "2026-07-03");
        // as the code before the key wrote them
        for (String area : List.of("cumbria", "durham")) {
            Recording.withoutMetLateKeys(dynamo, inspections, area);
        }
        dynamo.client.deleteItem(
                b ->
                        b.tableName(dynamo.table.value())
                                .key(
                                        Items.key(
                                                TableKeys.migration(MetLateBackfill.NAME),
                                                TableKeys.MIGRATION_ITEM)));
        backfill = new MetLateBackfill(dynamo.client, dynamo.table);
        dynamo.requests.clear();
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void beforeTheBackfill_theMetLateAreStillFound_theOldWay() {
        DynamoDbDeadlineIndex index =
                new DynamoDbDeadlineIndex(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table),
                        backfill);

        assertThat(backfill.isDone()).isFalse();
        assertThat(
                        Recording.describe(
                                index.latestMetLate(FROM, TO, Optional.empty(), e -> true, 26)))
                .containsExactly(
                        "2026-06-30 durham-2019-03-18 REVISIT",
                        "2026-03-02 cumbria-2019-03-18 REVISIT");
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(QueryRequest::indexName)
                .containsOnly("ByDate");
    }

    @Test
    void theBackfill_keysOnlyTheDeadlinesMetLate_thenTheKeyAnswers() {
        int keyed = backfill.runIfNeeded();

        assertThat(keyed).as("cumbria's and durham's deadline met late").isEqualTo(2);
        assertThat(dynamo.requests.ofType(ScanRequest.class)).isEmpty();
        MetLateBackfill fresh = new MetLateBackfill(dynamo.client, dynamo.table);
        assertThat(fresh.isDone()).isTrue();
        DynamoDbDeadlineIndex index =
                new DynamoDbDeadlineIndex(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table),
                        fresh);
        dynamo.requests.clear();
        assertThat(
                        Recording.describe(
                                index.latestMetLate(FROM, TO, Optional.empty(), e -> true, 26)))
                .containsExactly(
                        "2026-06-30 durham-2019-03-18 REVISIT",
                        "2026-03-02 cumbria-2019-03-18 REVISIT");
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(
                        QueryRequest::indexName, q -> q.expressionAttributeValues().get(":pk").s())
                .containsExactly(Tuple.tuple("OpenDeadlines", "MET_LATE"));
        assertThat(
                        Recording.describe(
                                index.outstandingDueBy(
                                        LocalDate.of(2026, 12, 31), Optional.empty())))
                .as("the outstanding deadlines' partition is untouched")
                .containsExactly("2026-12-01 cumbria-2019-03-18 REVISIT-3");
    }

    @Test
    void theBackfill_runsOnce_andChangesNothingTheSecondTime() {
        backfill.runIfNeeded();
        dynamo.requests.clear();

        int again = new MetLateBackfill(dynamo.client, dynamo.table).runIfNeeded();

        assertThat(again).isZero();
        assertThat(dynamo.requests.all()).as("one read of the record that it is done").hasSize(1);
    }

    @Test
    void eachDeadlineIsKeyed_onlyIfItIsStillAsRead_soALaterWriteIsNeverUndone() {
        backfill.runIfNeeded();

        assertThat(dynamo.requests.ofType(PutItemRequest.class))
                .filteredOn(put -> !put.item().get("PK").s().startsWith("MIGRATION#"))
                .hasSize(2)
                .allSatisfy(
                        put -> {
                            assertThat(put.conditionExpression()).isEqualTo("#body = :body");
                            assertThat(put.expressionAttributeValues().get(":body"))
                                    .isEqualTo(put.item().get("body"));
                            assertThat(put.item().get("GSI3PK").s()).isEqualTo("MET_LATE");
                        });
    }

    @Test
    void aTableCreatedWithTheKey_needsNoBackfill() {
        try (LocalDynamoDb fresh = LocalDynamoDb.withFreshTable()) {
            assertThat(new MetLateBackfill(fresh.client, fresh.table).isDone()).isTrue();
        }
    }

    private void meet(Inspection inspection, String... idsAndDates) {
        Inspection.Change change = inspection.change();
        for (int i = 0; i < idsAndDates.length; i += 2) {
            LocalDate on = LocalDate.parse(idsAndDates[i + 1]);
            change.deadline(idsAndDates[i], d -> d.met(on, CALENDAR));
        }
        Inspection next = change.recordedAt(Recording.NOW);
        inspections.update(inspection, next, testChange(next), Optional.empty());
    }
}
