package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.EXPIRES_AT;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.VERSION;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.DeadlineEntry;
import org.sendtracker.inspection.application.IdempotentResult;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.workflow.application.WorkflowState;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Inspections in the single table. A change is one transaction: the inspection (only if its stored
 * version is still the one the change was made from), its new audit entry (only if that sequence
 * number is free), the deadlines that changed (and the removal of those a correction took away),
 * and the idempotency record (only if the key is new).
 */
@Singleton
final class DynamoDbInspections implements Inspections {

    /** Optimistic locking: the stored version must be the one the change was computed from. */
    static final String VERSION_UNCHANGED = "#version = :previousVersion";

    /**
     * Audit entries, new inspections and idempotency records are written once and never replaced.
     */
    static final String NOT_YET_WRITTEN = "attribute_not_exists(PK)";

    static final Duration IDEMPOTENCY_KEPT_FOR = Duration.ofDays(30);

    private final DynamoDbClient dynamo;
    private final String table;
    private final OpenIndexesBackfill backfill;
    private final ClosedInspectionsBackfill closedBackfill;

    @Inject
    DynamoDbInspections(
            DynamoDbClient dynamo,
            TableName table,
            OpenIndexesBackfill backfill,
            ClosedInspectionsBackfill closedBackfill) {
        this.dynamo = dynamo;
        this.table = table.value();
        this.backfill = backfill;
        this.closedBackfill = closedBackfill;
    }

    /** For tests that need no particular state of the closed inspections' backfill. */
    DynamoDbInspections(DynamoDbClient dynamo, TableName table, OpenIndexesBackfill backfill) {
        this(dynamo, table, backfill, new ClosedInspectionsBackfill(dynamo, table));
    }

    @Override
    public Optional<Inspection> find(InspectionId id) {
        return Items.get(dynamo, table, pk(id), TableKeys.INSPECTION_ITEM, Inspection.class);
    }

    /** BatchGetItem ({@link Items#batchGet}): read consistently, like {@link #find}. */
    @Override
    public List<Inspection> findAll(List<InspectionId> ids) {
        Map<String, Inspection> found = new HashMap<>();
        Items.batchGet(
                        dynamo,
                        table,
                        ids.stream()
                                .map(id -> Items.key(pk(id), TableKeys.INSPECTION_ITEM))
                                .toList())
                .forEach(
                        item -> {
                            Inspection inspection =
                                    JsonBodies.read(Items.string(item, BODY), Inspection.class);
                            found.put(inspection.id().value(), inspection);
                        });
        return ids.stream().map(id -> found.get(id.value())).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Inspection> inArea(AreaId area) {
        return Items.query(dynamo, inspectionsOf(TableKeys.area(area)).build(), Inspection.class);
    }

    /** The query of an area's inspections in its ByArea collection (GSI1), oldest first. */
    private QueryRequest.Builder inspectionsOf(String areaPartition) {
        return QueryRequest.builder()
                .tableName(table)
                .indexName(GSI1)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", GSI1PK, "#sk", GSI1SK))
                .expressionAttributeValues(
                        Map.of(
                                ":pk",
                                AttributeValue.fromS(areaPartition),
                                ":prefix",
                                AttributeValue.fromS(TableKeys.INSPECTION_IN_AREA_PREFIX)));
    }

    /**
     * Every inspection not closed, from the {@code OPEN_INSPECTIONS} partition, in order of area
     * and start date. Until the partition has been backfilled ({@link OpenIndexesBackfill}), from
     * each area's inspections instead.
     */
    @Override
    public List<Inspection> open() {
        if (!backfill.isDone()) {
            List<Inspection> open = new ArrayList<>();
            for (AreaId area : backfill.areaIds()) {
                inArea(area).stream().filter(DynamoDbInspections::isOpen).forEach(open::add);
            }
            return open;
        }
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI2)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", GSI2PK))
                        .expressionAttributeValues(
                                Map.of(":pk", AttributeValue.fromS(TableKeys.OPEN_INSPECTIONS)))
                        .build();
        return Items.query(dynamo, query, Inspection.class);
    }

    /** The area's ByArea inspections read backwards, one page: {@code Limit} and the last key. */
    @Override
    public List<Inspection> inAreaNewestFirst(
            AreaId area, Optional<InspectionId> after, int limit) {
        String partition = TableKeys.area(area);
        QueryRequest query =
                inspectionsOf(partition)
                        .scanIndexForward(false)
                        .limit(limit)
                        .exclusiveStartKey(
                                after.map(
                                                last ->
                                                        Map.of(
                                                                GSI1PK,
                                                                AttributeValue.fromS(partition),
                                                                GSI1SK,
                                                                AttributeValue.fromS(
                                                                        TableKeys.inspectionInArea(
                                                                                last.startsOn(),
                                                                                last)),
                                                                PK,
                                                                AttributeValue.fromS(pk(last)),
                                                                SK,
                                                                AttributeValue.fromS(
                                                                        TableKeys.INSPECTION_ITEM)))
                                        .orElse(null))
                        .build();
        return dynamo.query(query).items().stream()
                .map(item -> JsonBodies.read(Items.string(item, BODY), Inspection.class))
                .toList();
    }

    /**
     * The area's part of the {@code OPEN_INSPECTIONS} partition (its sort keys start "{area}#").
     */
    @Override
    public List<Inspection> openIn(AreaId area) {
        if (!backfill.isDone()) {
            return inArea(area).stream().filter(DynamoDbInspections::isOpen).toList();
        }
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI2)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :area)")
                        .expressionAttributeNames(Map.of("#pk", GSI2PK, "#sk", GSI2SK))
                        .expressionAttributeValues(
                                Map.of(
                                        ":pk",
                                        AttributeValue.fromS(TableKeys.OPEN_INSPECTIONS),
                                        ":area",
                                        AttributeValue.fromS(TableKeys.openInspectionsOf(area))))
                        .build();
        return Items.query(dynamo, query, Inspection.class);
    }

    /**
     * The area's {@code CLOSED#{area}} partition from {@code since} on: one key range, every item
     * of which is shown. Until that partition has been backfilled ({@link
     * ClosedInspectionsBackfill}), from the area's inspections instead.
     */
    @Override
    public List<Inspection> closedSince(AreaId area, LocalDate since) {
        if (!closedBackfill.isDone()) {
            return Inspections.super.closedSince(area, since);
        }
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI2)
                        .keyConditionExpression("#pk = :pk AND #sk >= :since")
                        .expressionAttributeNames(Map.of("#pk", GSI2PK, "#sk", GSI2SK))
                        .expressionAttributeValues(
                                Map.of(
                                        ":pk",
                                        AttributeValue.fromS(TableKeys.closedInspectionsOf(area)),
                                        ":since",
                                        AttributeValue.fromS(TableKeys.firstClosedOn(since))))
                        .build();
        return Items.query(dynamo, query, Inspection.class);
    }

    @Override
    public void create(Inspection inspection, RecordedEvent created) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(inspectionItem(inspection), NOT_YET_WRITTEN, Map.of()));
        writes.add(put(eventItem(inspection.id(), created), NOT_YET_WRITTEN, Map.of()));
        // Generation 0 of its workflow, due now: if starting the first execution fails, or never
        // happens, the daily reconcile finds this item by its wake time and starts it.
        writes.add(
                put(
                        DynamoDbWorkflows.workflowItem(
                                WorkflowState.starting(
                                        inspection.id(),
                                        0,
                                        inspection.stage(),
                                        inspection.version(),
                                        inspection.createdAt())),
                        NOT_YET_WRITTEN,
                        Map.of()));
        InspectionWrites.digestChange(table, Optional.empty(), inspection).ifPresent(writes::add);
        Transactions.write(
                dynamo, writes, () -> "inspection " + inspection.id() + " already exists");
    }

    @Override
    public void update(
            Inspection previous,
            Inspection next,
            RecordedEvent event,
            Optional<IdempotentResult> idempotency) {
        InspectionWrites.write(
                dynamo,
                table,
                previous,
                next,
                List.of(),
                event,
                idempotency.map(result -> put(idempotencyItem(result), NOT_YET_WRITTEN, Map.of())));
    }

    @Override
    public Optional<IdempotentResult> idempotentResult(InspectionId id, String key) {
        return Items.get(dynamo, table, pk(id), TableKeys.idempotency(key), IdempotentResult.class);
    }

    /**
     * Only an inspection whose changes may be written in parts can have deadline items left behind:
     * its items are read and each that differs is put right.
     */
    @Override
    public void settle(Inspection inspection) {
        if (InspectionWrites.mayBeWrittenInParts(inspection)) {
            InspectionWrites.agreeWith(dynamo, table, inspection);
        }
    }

    @Override
    public List<RecordedEvent> history(InspectionId id) {
        return Items.collection(dynamo, table, pk(id), TableKeys.EVENT_PREFIX, RecordedEvent.class);
    }

    private TransactWriteItem put(
            Map<String, AttributeValue> item,
            String condition,
            Map<String, AttributeValue> values) {
        return Transactions.put(table, item, condition, values);
    }

    static Map<String, AttributeValue> inspectionItem(Inspection inspection) {
        Items item =
                item().s(PK, pk(inspection.id()))
                        .s(SK, TableKeys.INSPECTION_ITEM)
                        .s(GSI1PK, TableKeys.area(inspection.areaId()))
                        .s(
                                GSI1SK,
                                TableKeys.inspectionInArea(inspection.startsOn(), inspection.id()))
                        .s("kind", "INSPECTION")
                        .s("stage", inspection.stage().name())
                        .n(VERSION, inspection.version())
                        .s(BODY, JsonBodies.write(inspection));
        if (isOpen(inspection)) {
            item.s(GSI2PK, TableKeys.OPEN_INSPECTIONS)
                    .s(
                            GSI2SK,
                            TableKeys.openInspection(
                                    inspection.areaId(), inspection.startsOn(), inspection.id()));
        } else {
            // Every put writes the whole item: a correction that moves the closing day moves the
            // key, one that reopens the inspection puts it back under OPEN_INSPECTIONS.
            LocalDate closedOn = inspection.closedOn().orElseThrow();
            item.s(GSI2PK, TableKeys.closedInspectionsOf(inspection.areaId()))
                    .s(GSI2SK, TableKeys.closedInspection(closedOn, inspection.id()));
        }
        return item.build();
    }

    /** Whether an inspection belongs in the {@code OPEN_INSPECTIONS} partition. */
    static boolean isOpen(Inspection inspection) {
        return inspection.stage() != Stage.CLOSED;
    }

    static Map<String, AttributeValue> eventItem(InspectionId id, RecordedEvent event) {
        return item().s(PK, pk(id))
                .s(SK, TableKeys.event(event.seq()))
                .s("kind", "EVENT")
                .s("type", event.type())
                .s(BODY, JsonBodies.write(event))
                .build();
    }

    static Map<String, AttributeValue> deadlineItem(Inspection inspection, Deadline deadline) {
        return deadlineItem(
                new DeadlineEntry(
                        inspection.id(),
                        inspection.areaId(),
                        inspection.framework(),
                        inspection.stage(),
                        deadline));
    }

    /**
     * A deadline's item: in ByArea and ByDate always, in OpenDeadlines under {@code OUTSTANDING}
     * only while {@link Deadline#isOutstanding()} (met or cancelled, it leaves: the same put drops
     * the keys), and under {@code MET_LATE} while {@link Deadline#isMetLate()} (the put that meets
     * it late adds the key; one that un-meets it or makes it on time drops it).
     */
    static Map<String, AttributeValue> deadlineItem(DeadlineEntry entry) {
        Deadline deadline = entry.deadline();
        InspectionId id = entry.inspectionId();
        String byDate = TableKeys.deadlineByDate(deadline.dueOn(), id, deadline.id());
        Items item =
                item().s(PK, pk(id))
                        .s(SK, TableKeys.deadline(deadline.id()))
                        .s(GSI1PK, TableKeys.area(entry.areaId()))
                        .s(GSI1SK, TableKeys.deadlineInArea(deadline.dueOn(), id, deadline.id()))
                        .s(GSI2PK, TableKeys.dueIn(deadline.dueOn().getYear()))
                        .s(GSI2SK, byDate)
                        .s("kind", "DEADLINE")
                        .s(BODY, JsonBodies.write(entry));
        if (deadline.isOutstanding()) {
            item.s(GSI3PK, TableKeys.OUTSTANDING_DEADLINES).s(GSI3SK, byDate);
        } else if (deadline.isMetLate()) {
            item.s(GSI3PK, TableKeys.MET_LATE_DEADLINES).s(GSI3SK, byDate);
        }
        return item.build();
    }

    private static Map<String, AttributeValue> idempotencyItem(IdempotentResult result) {
        long expiresAt = result.event().recordedAt().plus(IDEMPOTENCY_KEPT_FOR).getEpochSecond();
        return item().s(PK, pk(result.result().id()))
                .s(SK, TableKeys.idempotency(result.key()))
                .s("kind", "IDEMPOTENCY")
                .n(EXPIRES_AT, expiresAt)
                .s(BODY, JsonBodies.write(result))
                .build();
    }

    static String pk(InspectionId id) {
        return TableKeys.inspection(id);
    }
}
