package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.infrastructure.dynamodb.Recording.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.infrastructure.dynamodb.Recording.change;
import static org.sendtracker.infrastructure.dynamodb.Recording.created;
import static org.sendtracker.infrastructure.dynamodb.Recording.testChange;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Stage;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A closed inspection's place in its area's {@code CLOSED#} partition of ByDate, by the day its
 * record says it closed: written by the put that closes it, moved by one that changes that day,
 * taken away by one that reopens it (a correction's put is the same whole-item put).
 */
class ClosedInspectionsKeyTest {

    private static final AreaId CUMBRIA = new AreaId("cumbria");

    private LocalDynamoDb dynamo;
    private DynamoDbInspections inspections;
    private Inspection closed;

    @BeforeEach
    void anInspectionClosedOnItsReport_14May2019_recordedInNovember2026() {
        dynamo = LocalDynamoDb.withFreshTable();
        inspections =
                new DynamoDbInspections(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table),
                        new ClosedInspectionsBackfill(dynamo.client, dynamo.table));
        Inspection notified = aCumbriaLikeInspectionAwaitingReport("cumbria");
        inspections.create(notified, created(notified));
        Recording.Change report =
                change(
                        notified,
                        "REPORT_RECEIVED",
                        Map.of("on", "2019-05-14", "wsoaRequired", false));
        inspections.update(notified, report.next(), report.event(), Optional.empty());
        closed = report.next();
        dynamo.requests.clear();
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void closing_putsItUnderItsAreasClosedPartition_onTheDayItsRecordSaysItClosed() {
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.closedOn()).contains(LocalDate.of(2019, 5, 14));

        assertThat(byDateKeys())
                .isEqualTo(Tuple.tuple("CLOSED#cumbria", "2019-05-14#cumbria-2019-03-18"));
        assertThat(inspections.openIn(CUMBRIA)).isEmpty();
    }

    @Test
    void closedSince_readsTheAreasClosuresFromThatDayOn_asOneKeyRange() {
        assertThat(inspections.closedSince(CUMBRIA, LocalDate.of(2019, 5, 14)))
                .containsExactly(closed);
        assertThat(inspections.closedSince(CUMBRIA, LocalDate.of(2019, 5, 15))).isEmpty();
        assertThat(inspections.closedSince(new AreaId("durham"), LocalDate.of(2016, 1, 1)))
                .isEmpty();

        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .hasSize(3)
                .allSatisfy(
                        query -> {
                            assertThat(query.indexName()).isEqualTo("ByDate");
                            assertThat(query.keyConditionExpression())
                                    .isEqualTo("#pk = :pk AND #sk >= :since");
                        })
                .extracting(q -> q.expressionAttributeValues().get(":since").s())
                .containsExactly("2019-05-14", "2019-05-15", "2016-01-01");
    }

    @Test
    void aChangeOfTheClosingDay_movesTheKey() {
        Inspection later =
                closed.change().happenedOn(LocalDate.of(2019, 6, 3)).recordedAt(Recording.NOW);

        inspections.update(closed, later, testChange(later), Optional.empty());

        assertThat(byDateKeys())
                .isEqualTo(Tuple.tuple("CLOSED#cumbria", "2019-06-03#cumbria-2019-03-18"));
        assertThat(inspections.closedSince(CUMBRIA, LocalDate.of(2019, 5, 15)))
                .containsExactly(later);
    }

    @Test
    void aCorrectionThatReopensIt_putsItBackAmongTheOpen_andOutOfTheClosed() {
        Inspection reopened = closed.change().stage(Stage.WSOA_DUE).recordedAt(Recording.NOW);

        inspections.update(closed, reopened, testChange(reopened), Optional.empty());

        assertThat(byDateKeys())
                .isEqualTo(
                        Tuple.tuple("OPEN_INSPECTIONS", "cumbria#2019-03-18#cumbria-2019-03-18"));
        assertThat(inspections.closedSince(CUMBRIA, LocalDate.of(2016, 1, 1))).isEmpty();
        assertThat(inspections.openIn(CUMBRIA)).containsExactly(reopened);
    }

    private Tuple byDateKeys() {
        Map<String, AttributeValue> item =
                dynamo.client
                        .getItem(
                                b ->
                                        b.tableName(dynamo.table.value())
                                                .key(
                                                        Items.key(
                                                                DynamoDbInspections.pk(closed.id()),
                                                                TableKeys.INSPECTION_ITEM)))
                        .item();
        return Tuple.tuple(item.get("GSI2PK").s(), item.get("GSI2SK").s());
    }
}
