package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtracker.infrastructure.dynamodb.Recording.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.infrastructure.dynamodb.Recording.change;
import static org.sendtracker.infrastructure.dynamodb.Recording.created;
import static org.sendtracker.infrastructure.dynamodb.Recording.reportReceived;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.application.IdempotentResult;
import org.sendtracker.inspection.model.EventDetails;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.shared.ConcurrentChangeException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;

/**
 * The inspection repository against DynamoDB Local: conditional writes, all or nothing
 * (docs/design.md, "The table").
 */
class DynamoDbInspectionsTest {

    private LocalDynamoDb dynamo;
    private DynamoDbInspections inspections;

    @BeforeEach
    void freshTable() {
        dynamo = LocalDynamoDb.withFreshTable();
        inspections =
                new DynamoDbInspections(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void findAll_readsTheInspectionsTogether_inTheOrderAsked_leavingOutThoseNotStored() {
        Inspection cumbria = aCumbriaLikeInspectionAwaitingReport("cumbria");
        Inspection kent = aCumbriaLikeInspectionAwaitingReport("kent");
        inspections.create(cumbria, created(cumbria));
        inspections.create(kent, created(kent));

        List<Inspection> found =
                inspections.findAll(
                        List.of(kent.id(), new InspectionId("nowhere-2019-03-18"), cumbria.id()));

        assertThat(found).containsExactly(kent, cumbria);
        assertThat(inspections.findAll(List.of())).isEmpty();
    }

    @Test
    void conditionExpressions_arePinned() {
        assertThat(DynamoDbInspections.VERSION_UNCHANGED).isEqualTo("#version = :previousVersion");
        assertThat(DynamoDbInspections.NOT_YET_WRITTEN).isEqualTo("attribute_not_exists(PK)");
    }

    @Test
    void create_writesTheInspectionItsFirstAuditEntryAndItsWorkflow_onlyIfNoneExists() {
        // given a new inspection
        Inspection inspection = aCumbriaLikeInspectionAwaitingReport("cumbria");
        dynamo.requests.clear();

        // when it is stored
        inspections.create(inspection, created(inspection));

        // then the items are written in one transaction, each on condition it is not yet written
        List<Put> puts = dynamo.requests.putsOfTheOnlyTransaction();
        assertThat(puts)
                .extracting(put -> put.item().get("SK").s())
                .containsExactly("#INSPECTION", "EVENT#000001", "#WORKFLOW");
        assertThat(puts)
                .allSatisfy(
                        put -> {
                            assertThat(put.conditionExpression())
                                    .isEqualTo("attribute_not_exists(PK)");
                            assertThat(put.expressionAttributeNames()).isEmpty();
                            assertThat(put.expressionAttributeValues()).isEmpty();
                        });
    }

    @Test
    void
            update_writesTheInspectionOnlyIfItsVersionIsUnchanged_andTheAuditEntryAndIdempotencyRecordOnlyOnce() {
        // given a stored inspection at version 1
        Inspection v1 = aCumbriaLikeInspectionAwaitingReport("cumbria");
        inspections.create(v1, created(v1));
        Recording.Change report = reportReceived(v1, "2019-05-14", "Leadership");
        dynamo.requests.clear();

        // when the report is stored with an idempotency key
        inspections.update(
                v1,
                report.next(),
                report.event(),
                Optional.of(
                        new IdempotentResult(
                                "key-1", "fingerprint", report.next(), report.event())));

        // then the transaction pins each condition
        List<Put> puts = dynamo.requests.putsOfTheOnlyTransaction();
        assertThat(puts)
                .extracting(put -> put.item().get("SK").s())
                .containsExactly(
                        "#INSPECTION",
                        "EVENT#000002",
                        "DEADLINE#WSOA_SUBMISSION",
                        "IDEMPOTENCY#key-1");
        Put inspection = puts.get(0);
        assertThat(inspection.conditionExpression()).isEqualTo("#version = :previousVersion");
        assertThat(inspection.expressionAttributeNames()).isEqualTo(Map.of("#version", "version"));
        assertThat(inspection.expressionAttributeValues())
                .isEqualTo(Map.of(":previousVersion", AttributeValue.fromN("1")));
        assertThat(inspection.item().get("version")).isEqualTo(AttributeValue.fromN("2"));
        assertThat(puts.get(1).conditionExpression()).isEqualTo("attribute_not_exists(PK)");
        assertThat(puts.get(2).conditionExpression())
                .as("a deadline item follows its inspection")
                .isNull();
        assertThat(puts.get(3).conditionExpression()).isEqualTo("attribute_not_exists(PK)");
        assertThat(dynamo.requests.itemsOfTheOnlyTransaction())
                .as("and the area's digest, with the WSoA now outstanding, in the same transaction")
                .filteredOn(item -> item.update() != null)
                .singleElement()
                .satisfies(
                        item -> {
                            assertThat(item.update().key().get("PK").s()).isEqualTo("AREA#cumbria");
                            assertThat(item.update().key().get("SK").s()).isEqualTo("#OUTSTANDING");
                            assertThat(item.update().updateExpression())
                                    .doesNotContain("REMOVE")
                                    .contains("#i = :i");
                        });
        assertThat(inspections.find(v1.id())).contains(report.next());
    }

    @Test
    void staleUpdate_throwsConcurrentChange_andWritesNothing() {
        // given an inspection whose report was stored from version 1
        Inspection v1 = aCumbriaLikeInspectionAwaitingReport("cumbria");
        inspections.create(v1, created(v1));
        Recording.Change stored = reportReceived(v1, "2019-05-14", "Leadership");
        inspections.update(v1, stored.next(), stored.event(), Optional.empty());
        List<Map<String, AttributeValue>> itemsBefore = allItems(v1);

        // when another officer's report, also made from version 1, is stored with its own
        // idempotency key
        Recording.Change stale =
                reportReceived(v1, "2019-06-10", "Identification of need", "Co-production");
        IdempotentResult staleKey =
                new IdempotentResult("stale-key", "fingerprint", stale.next(), stale.event());

        // then it is refused as a concurrent change
        assertThatThrownBy(
                        () ->
                                inspections.update(
                                        v1, stale.next(), stale.event(), Optional.of(staleKey)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("inspection cumbria-2019-03-18 is no longer at version 1");

        // and nothing of it was written: not the inspection, its audit entry, its deadline, nor its
        // idempotency record
        assertThat(allItems(v1)).isEqualTo(itemsBefore);
        assertThat(inspections.find(v1.id())).contains(stored.next());
        assertThat(inspections.history(v1.id())).containsExactly(created(v1), stored.event());
        assertThat(inspections.idempotentResult(v1.id(), "stale-key")).isEmpty();
    }

    @Test
    void staleUpdate_whoseAuditSequenceIsFree_isStillRefusedOnTheVersion() {
        // given an inspection moved on to version 3
        Inspection v1 = aCumbriaLikeInspectionAwaitingReport("cumbria");
        inspections.create(v1, created(v1));
        Recording.Change report = reportReceived(v1, "2019-05-14", "Leadership");
        inspections.update(v1, report.next(), report.event(), Optional.empty());
        Recording.Change submitted =
                change(report.next(), "WSOA_SUBMITTED", Map.of("on", "2019-08-20"));
        inspections.update(report.next(), submitted.next(), submitted.event(), Optional.empty());
        List<Map<String, AttributeValue>> itemsBefore = allItems(v1);

        // when a change computed from version 1 claims version 2 with a fresh audit sequence number
        Inspection staleNext =
                new Inspection(
                        report.next().id(),
                        report.next().areaId(),
                        report.next().framework(),
                        report.next().stage(),
                        report.next().version(),
                        report.next().notifiedOn(),
                        report.next().startsOn(),
                        report.next().endsOn(),
                        report.next().reportReceivedOn(),
                        report.next().reportPublishedOn(),
                        null,
                        report.next().weaknesses(),
                        report.next().deadlines(),
                        report.next().keyDates(),
                        report.next().lastEventOn(),
                        9,
                        report.next().createdAt(),
                        report.next().updatedAt());
        RecordedEvent freeSeq =
                new RecordedEvent(
                        9,
                        "REPORT_RECEIVED",
                        report.event().on(),
                        "Someone Else",
                        Recording.NOW,
                        "Report received.",
                        EventDetails.none());

        // then the version condition alone refuses it
        assertThatThrownBy(() -> inspections.update(v1, staleNext, freeSeq, Optional.empty()))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("inspection cumbria-2019-03-18 is no longer at version 1");
        assertThat(allItems(v1)).isEqualTo(itemsBefore);
    }

    @Test
    void createTwice_throwsConcurrentChange_andKeepsTheFirst() {
        Inspection first = aCumbriaLikeInspectionAwaitingReport("cumbria");
        inspections.create(first, created(first));

        assertThatThrownBy(() -> inspections.create(first, created(first)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("inspection cumbria-2019-03-18 already exists");
        assertThat(inspections.history(first.id())).hasSize(1);
    }

    @Test
    void historyAndIdempotentResult_roundTripEveryField() {
        // given a report stored with an idempotency key, its details as a JSON body gives them
        Inspection v1 = aCumbriaLikeInspectionAwaitingReport("cumbria");
        inspections.create(v1, created(v1));
        Recording.Change report =
                reportReceived(v1, "2019-05-14", "Leadership", "Identification of need");
        IdempotentResult result =
                new IdempotentResult("key-1", "fingerprint", report.next(), report.event());
        inspections.update(v1, report.next(), report.event(), Optional.of(result));

        // then what is read back equals what was written
        assertThat(inspections.history(v1.id())).containsExactly(created(v1), report.event());
        assertThat(inspections.idempotentResult(v1.id(), "key-1")).contains(result);
        assertThat(inspections.idempotentResult(v1.id(), "key-2")).isEmpty();
    }

    @Test
    void inArea_findsTheAreasInspectionsInOrderOfTheirStart_byIndex() {
        Inspection later = aCumbriaLikeInspectionAwaitingReport("cumbria");
        Inspection earlier =
                Inspection.notified(
                        new InspectionId("cumbria-2017-11-13"),
                        later.areaId(),
                        later.framework(),
                        LocalDate.of(2017, 11, 6),
                        LocalDate.of(2017, 11, 13),
                        LocalDate.of(2017, 11, 17),
                        Recording.NOW);
        Inspection elsewhere = aCumbriaLikeInspectionAwaitingReport("durham");
        inspections.create(later, created(later));
        inspections.create(earlier, created(earlier));
        inspections.create(elsewhere, created(elsewhere));

        assertThat(inspections.inArea(later.areaId())).containsExactly(earlier, later);
    }

    /** Every item of the inspection's collection, read by key. */
    private List<Map<String, AttributeValue>> allItems(Inspection inspection) {
        return dynamo.client
                .query(
                        b ->
                                b.tableName(dynamo.table.value())
                                        .consistentRead(true)
                                        .keyConditionExpression("PK = :pk")
                                        .expressionAttributeValues(
                                                Map.of(
                                                        ":pk",
                                                        AttributeValue.fromS(
                                                                DynamoDbInspections.pk(
                                                                        inspection.id())))))
                .items();
    }
}
