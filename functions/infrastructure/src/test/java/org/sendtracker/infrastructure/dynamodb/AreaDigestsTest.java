package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.inspection.application.OutstandingDeadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Each area's digest of what is outstanding ({@link AreaDigests}) against DynamoDB Local: every
 * write of an inspection keeps it as the outstanding deadlines are (the same deadlines, dates and
 * roles as the {@code OUTSTANDING} partition holds), concurrent writes of one area's inspections
 * all land in it, and its backfill writes it for a table older than it, only where an inspection is
 * still as read, done after a walk past the settling time finds nothing to put right.
 */
class AreaDigestsTest {

    private LocalDynamoDb dynamo;
    private DynamoDbInspections inspections;
    private DynamoDbDeadlineIndex index;

    @BeforeEach
    void aTable() {
        dynamo = LocalDynamoDb.withFreshTable();
        inspections =
                new DynamoDbInspections(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
        index =
                new DynamoDbDeadlineIndex(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
        Recording.registerWithALeadOfficer(
                new DynamoDbAreas(dynamo.client, dynamo.table), "cumbria", "durham");
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void everyStepOfACase_keepsTheDigest_asTheOutstandingDeadlinesAre() {
        Inspection current = Recording.aCumbriaLikeInspectionAwaitingReport("cumbria");
        inspections.create(current, Recording.created(current));
        Recording.withRevisitDeadlines(inspections, "durham", "2026-03-02", "2026-12-01");
        assertThat(digest()).as("durham's two").hasSize(2);
        int sawOutstanding = 0;
        for (Map<String, Object> event : Recording.lifecycleEvents()) {
            Map<String, Object> fields = new HashMap<>(event);
            String type = (String) fields.remove("type");
            Recording.Change change = Recording.change(current, type, fields);
            inspections.update(change.previous(), change.next(), change.event(), Optional.empty());
            current = change.next();

            assertThat(digest()).as("after " + type).isEqualTo(fromIndex());
            sawOutstanding += current.outstandingDeadlines().isEmpty() ? 0 : 1;
        }
        assertThat(sawOutstanding).as("steps that left something outstanding").isPositive();
    }

    @Test
    void aClosedInspection_staysInTheDigest_withWhatItStillHasOutstanding_markedClosed() {
        Inspection open =
                Recording.withRevisitDeadlines(inspections, "durham", "2026-03-02", "2026-12-01");
        Inspection closed = open.change().stage(Stage.CLOSED).recordedAt(Recording.NOW);
        inspections.update(open, closed, Recording.testChange(closed), Optional.empty());

        assertThat(digest()).isEqualTo(fromIndex()).hasSize(2);
        assertThat(digest()).allMatch(OutstandingDeadline::inspectionClosed);
    }

    @Test
    void whenNothingIsOutstanding_theInspectionLeavesTheDigest() {
        Inspection open = Recording.withRevisitDeadlines(inspections, "durham", "2026-03-02");
        Inspection met =
                open.change()
                        .meet(DeadlineKind.REVISIT, LocalDate.of(2026, 3, 1))
                        .recordedAt(Recording.NOW);
        inspections.update(open, met, Recording.testChange(met), Optional.empty());

        assertThat(digest()).isEmpty();
        assertThat(AreaDigests.entries(digestItem("durham"))).isEmpty();
    }

    @Test
    void aWriteThatChangesNothingOutstanding_leavesTheDigestAlone() {
        Inspection open = Recording.withRevisitDeadlines(inspections, "durham", "2026-03-02");
        Inspection noted =
                open.change().keyDate("noted", LocalDate.of(2026, 1, 5)).recordedAt(Recording.NOW);
        dynamo.requests.clear();

        inspections.update(open, noted, Recording.testChange(noted), Optional.empty());

        assertThat(dynamo.requests.ofType(TransactWriteItemsRequest.class))
                .flatExtracting(TransactWriteItemsRequest::transactItems)
                .noneMatch(item -> item.update() != null);
    }

    /**
     * Writes of different inspections of one area meet on its digest; each lands (a transaction
     * cancelled by another's write at that moment is sent again), and the digest holds every one.
     */
    @Test
    void concurrentWritesOfOneAreasInspections_allLand_andTheDigestHoldsEachOne() throws Exception {
        int writers = 6;
        List<Inspection> notified = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Inspection inspection =
                    Inspection.notified(
                            new InspectionId("cumbria-2019-0" + (i + 1) + "-18"),
                            new AreaId("cumbria"),
                            Framework.LASEND_2016,
                            LocalDate.of(2019, i + 1, 11),
                            LocalDate.of(2019, i + 1, 18),
                            LocalDate.of(2019, i + 1, 22),
                            Recording.NOW);
            inspections.create(inspection, Recording.created(inspection));
            notified.add(inspection);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (Inspection inspection : notified) {
                Recording.Change change =
                        Recording.reportReceived(
                                inspection,
                                inspection.endsOn().plusWeeks(7).toString(),
                                "Leadership");
                writes.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    inspections.update(
                                            change.previous(),
                                            change.next(),
                                            change.event(),
                                            Optional.empty());
                                    return null;
                                }));
            }
            start.countDown();
            for (Future<?> write : writes) {
                write.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(digest()).isEqualTo(fromIndex());
        assertThat(digest().stream().map(d -> d.inspectionId().value()).distinct())
                .hasSize(writers);
    }

    @Test
    void someAreasDigests_readByTheirKeys_areWhatEveryAreasGivesForThem() {
        Recording.withRevisitDeadlines(inspections, "durham", "2026-03-02", "2026-12-01");
        Recording.withRevisitDeadlines(inspections, "cumbria", "2026-05-02");
        AreaDigests digests = digestsOf(new AreaDigestBackfill(dynamo.client, dynamo.table));
        List<OutstandingDeadline> every = digest();
        dynamo.requests.clear();

        assertThat(digests.of(List.of(new AreaId("durham"))))
                .contains(every.stream().filter(d -> d.areaId().value().equals("durham")).toList());
        assertThat(digests.of(List.of(new AreaId("durham"), new AreaId("cumbria"))))
                .contains(every);
        assertThat(digests.of(List.of(new AreaId("nowhere")))).contains(List.of());
        assertThat(dynamo.requests.ofType(QueryRequest.class)).isEmpty();
    }

    @Test
    void anInspectionsPart_roundTrips_andAnIdThatCouldNotBeReadBack_isRefused() {
        InspectionId id = new InspectionId("cumbria-2019-03-18");
        List<OutstandingDeadline> part =
                List.of(
                        new OutstandingDeadline(
                                id.areaId(),
                                id,
                                true,
                                "WSOA_SUBMISSION",
                                DeadlineKind.WSOA_SUBMISSION,
                                LocalDate.of(2019, 8, 21),
                                DateSetter.COUNCIL,
                                ContactRole.LEAD_OFFICER,
                                List.of(
                                        ContactRole.DIRECTOR_OF_CHILDRENS_SERVICES,
                                        ContactRole.CHIEF_EXECUTIVE)),
                        new OutstandingDeadline(
                                id.areaId(),
                                id,
                                true,
                                "REVISIT-2",
                                DeadlineKind.REVISIT,
                                LocalDate.of(2020, 3, 2),
                                DateSetter.INSPECTORATES,
                                ContactRole.LEAD_OFFICER,
                                List.of()));

        assertThat(AreaDigests.decode(id.areaId(), id, AreaDigests.encode(part).orElseThrow()))
                .isEqualTo(part);
        assertThat(AreaDigests.encode(List.of())).isEmpty();
        OutstandingDeadline odd =
                new OutstandingDeadline(
                        id.areaId(),
                        id,
                        false,
                        "A|B",
                        DeadlineKind.REVISIT,
                        LocalDate.of(2020, 3, 2),
                        DateSetter.INSPECTORATES,
                        ContactRole.LEAD_OFFICER,
                        List.of());
        assertThatThrownBy(() -> AreaDigests.encode(List.of(odd)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBackfill_writesTheDigestsOfATableOlderThanThem_byArea_withoutAScan() {
        Recording.withRevisitDeadlines(inspections, "durham", "2026-03-02", "2026-12-01");
        Recording.withRevisitDeadlines(inspections, "cumbria", "2026-05-02");
        List<OutstandingDeadline> expected = fromIndex();
        asBeforeTheDigests("durham", "cumbria");
        AreaDigestBackfill backfill = new AreaDigestBackfill(dynamo.client, dynamo.table);
        assertThat(backfill.isDone()).isFalse();
        assertThat(digestsOf(backfill).all()).as("not read until the backfill is done").isEmpty();
        dynamo.requests.clear();

        KeyBackfill.Run run = backfill.run();

        assertThat(run).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.DONE, 2));
        assertThat(dynamo.requests.ofType(ScanRequest.class)).isEmpty();
        assertThat(digestsOf(new AreaDigestBackfill(dynamo.client, dynamo.table)).all())
                .contains(expected);
        assertThat(new AreaDigestBackfill(dynamo.client, dynamo.table).run())
                .isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.ALREADY_DONE, 0));
    }

    @Test
    void theBackfill_writesEachPart_onlyIfTheInspectionIsStillAtTheVersionRead() {
        Inspection durham =
                Recording.withRevisitDeadlines(inspections, "durham", "2026-03-02", "2026-12-01");
        asBeforeTheDigests("durham");
        dynamo.requests.clear();

        new AreaDigestBackfill(dynamo.client, dynamo.table).run();

        List<TransactWriteItem> written =
                dynamo.requests.ofType(TransactWriteItemsRequest.class).stream()
                        .flatMap(request -> request.transactItems().stream())
                        .toList();
        assertThat(written).hasSize(2);
        assertThat(written.get(0).conditionCheck().key().get("PK").s())
                .isEqualTo("INSPECTION#" + durham.id());
        assertThat(written.get(0).conditionCheck().expressionAttributeValues())
                .containsEntry(":version", AttributeValue.fromN(Long.toString(durham.version())));
        assertThat(written.get(1).update().key().get("PK").s()).isEqualTo("AREA#durham");
    }

    @Test
    void theBackfill_putsRightAWrongPart_andRemovesThatOfAnInspectionThatIsNotThere() {
        Recording.withRevisitDeadlines(inspections, "durham", "2026-03-02");
        List<OutstandingDeadline> expected = fromIndex();
        InspectionId absent = new InspectionId("durham-2021-01-11");
        dynamo.client.updateItem(
                b ->
                        b.tableName(dynamo.table.value())
                                .key(AreaDigests.key(new AreaId("durham")))
                                .updateExpression("SET #a = :a, #b = :b")
                                .expressionAttributeNames(
                                        Map.of(
                                                "#a",
                                                "I:durham-2019-03-18",
                                                "#b",
                                                "I:" + absent.value()))
                                .expressionAttributeValues(
                                        Map.of(
                                                ":a",
                                                AttributeValue.fromS(
                                                        "o;REVISIT|REVISIT|2030-01-01|INSPECTORATES|LEAD_OFFICER|"),
                                                ":b",
                                                AttributeValue.fromS(
                                                        "o;REVISIT|REVISIT|2030-01-01|INSPECTORATES|LEAD_OFFICER|"))));
        forgetTheRecord();

        KeyBackfill.Run run = new AreaDigestBackfill(dynamo.client, dynamo.table).run();

        assertThat(run.lacking()).isEqualTo(2);
        assertThat(digest()).isEqualTo(expected);
    }

    /**
     * While the version before still writes during a deployment, its writes leave the digest
     * behind: the first walk is not done, the readers read the old way, and a walk at least the
     * settling time later that finds nothing to put right is.
     */
    @Test
    void theBackfill_isDoneOnlyAfterAWalkPastTheSettlingTime_findsNothingToPutRight() {
        Recording.withRevisitDeadlines(inspections, "durham", "2026-03-02");
        asBeforeTheDigests("durham");
        Instant start = Instant.parse("2026-11-23T10:00:00Z");

        KeyBackfill.Run first = backfillAt(start).run();
        KeyBackfill.Run soon = backfillAt(start.plus(Duration.ofMinutes(10))).run();
        AreaDigestBackfill later = backfillAt(start.plus(Duration.ofMinutes(46)));
        assertThat(later.isDone()).isFalse();
        KeyBackfill.Run second = later.run();

        assertThat(first).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.KEYED, 1));
        assertThat(soon).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.SETTLING, 0));
        assertThat(second).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.DONE, 0));
        assertThat(later.isDone()).isTrue();
    }

    private AreaDigestBackfill backfillAt(Instant now) {
        return new AreaDigestBackfill(
                dynamo.client,
                dynamo.table,
                new BackfillWindow(Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(45)));
    }

    private AreaDigests digestsOf(AreaDigestBackfill backfill) {
        return new AreaDigests(dynamo.client, dynamo.table, backfill);
    }

    /** As a table written before the digests: none, and no record of their backfill. */
    private void asBeforeTheDigests(String... areas) {
        for (String area : areas) {
            dynamo.client.deleteItem(
                    b -> b.tableName(dynamo.table.value()).key(AreaDigests.key(new AreaId(area))));
        }
        forgetTheRecord();
    }

    private void forgetTheRecord() {
        dynamo.client.deleteItem(
                b ->
                        b.tableName(dynamo.table.value())
                                .key(
                                        Items.key(
                                                TableKeys.migration(AreaDigestBackfill.NAME),
                                                TableKeys.MIGRATION_ITEM)));
    }

    private Map<String, AttributeValue> digestItem(String area) {
        return dynamo.client
                .getItem(
                        b ->
                                b.tableName(dynamo.table.value())
                                        .key(AreaDigests.key(new AreaId(area)))
                                        .consistentRead(true))
                .item();
    }

    private List<OutstandingDeadline> digest() {
        return index.outstandingDigest().orElseThrow();
    }

    private List<OutstandingDeadline> fromIndex() {
        return Recording.outstandingFromIndex(index);
    }
}
