package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.DeadlineEntry;
import org.sendtracker.inspection.application.DeadlineIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Deadlines by due date. One area: a range of its ByArea item collection. Every area: one query per
 * year of the ByDate index ({@code DUE#yyyy}), so a range never scans. What is still to do: the
 * sparse OpenDeadlines index, which holds outstanding deadlines only.
 */
@Singleton
final class DynamoDbDeadlineIndex implements DeadlineIndex {

    /** Where the unbounded-below range starts until the OpenDeadlines index is backfilled. */
    private static final LocalDate FIRST_INSPECTIONS = LocalDate.of(2016, 1, 1);

    private final DynamoDbClient dynamo;
    private final String table;
    private final OpenIndexesBackfill backfill;

    DynamoDbDeadlineIndex(DynamoDbClient dynamo, TableName table, OpenIndexesBackfill backfill) {
        this.dynamo = dynamo;
        this.table = table.value();
        this.backfill = backfill;
    }

    @Override
    public List<DeadlineEntry> dueBetween(LocalDate from, LocalDate to, Optional<AreaId> area) {
        return dueBetween(from, to, area, Optional.empty(), Integer.MAX_VALUE);
    }

    @Override
    public List<DeadlineEntry> dueBetween(
            LocalDate from,
            LocalDate to,
            Optional<AreaId> area,
            Optional<Position> after,
            int limit) {
        List<DeadlineEntry> found = new ArrayList<>();
        if (area.isPresent()) {
            String partition = TableKeys.area(area.get());
            query(
                    GSI1,
                    GSI1PK,
                    partition,
                    GSI1SK,
                    TableKeys.firstDeadlineInAreaOn(from),
                    TableKeys.afterDeadlinesInAreaOn(to),
                    after.map(
                            p ->
                                    startAfter(
                                            p,
                                            GSI1PK,
                                            partition,
                                            GSI1SK,
                                            TableKeys.deadlineInArea(
                                                    p.dueOn(), p.inspectionId(), p.deadlineId()))),
                    limit,
                    found);
        } else {
            int firstYear = after.map(p -> p.dueOn().getYear()).orElse(from.getYear());
            for (int year = firstYear; year <= to.getYear() && found.size() < limit; year++) {
                String partition = TableKeys.dueIn(year);
                query(
                        GSI2,
                        GSI2PK,
                        partition,
                        GSI2SK,
                        TableKeys.firstDueOn(from),
                        TableKeys.afterDueOn(to),
                        year == firstYear
                                ? after.map(
                                        p ->
                                                startAfter(
                                                        p,
                                                        GSI2PK,
                                                        partition,
                                                        GSI2SK,
                                                        TableKeys.deadlineByDate(
                                                                p.dueOn(),
                                                                p.inspectionId(),
                                                                p.deadlineId())))
                                : Optional.empty(),
                        limit,
                        found);
            }
        }
        return found;
    }

    /**
     * The range read backwards, a first page of {@value #BACKWARDS_PAGE} and each next one four
     * times larger, so a range where what is kept is rare costs a few queries, not one per hundred
     * (one area: its ByArea range; every area: ByDate's year partitions from the last year down),
     * stopping at the page that completes {@code limit}.
     */
    @Override
    public List<DeadlineEntry> latestDue(
            LocalDate from,
            LocalDate to,
            Optional<AreaId> area,
            Predicate<DeadlineEntry> keep,
            int limit) {
        List<DeadlineEntry> found = new ArrayList<>();
        if (area.isPresent()) {
            backwards(
                    GSI1,
                    GSI1PK,
                    TableKeys.area(area.get()),
                    GSI1SK,
                    TableKeys.firstDeadlineInAreaOn(from),
                    TableKeys.afterDeadlinesInAreaOn(to),
                    keep,
                    limit,
                    found);
        } else {
            for (int year = to.getYear(); year >= from.getYear() && found.size() < limit; year--) {
                backwards(
                        GSI2,
                        GSI2PK,
                        TableKeys.dueIn(year),
                        GSI2SK,
                        TableKeys.firstDueOn(from),
                        TableKeys.afterDueOn(to),
                        keep,
                        limit,
                        found);
            }
        }
        return found;
    }

    /** How many items a backwards read asks for first. */
    static final int BACKWARDS_PAGE = 100;

    private void backwards(
            String index,
            String partitionName,
            String partition,
            String sortName,
            String low,
            String high,
            Predicate<DeadlineEntry> keep,
            int limit,
            List<DeadlineEntry> into) {
        Map<String, AttributeValue> start = null;
        int pageSize = BACKWARDS_PAGE;
        do {
            QueryResponse page =
                    dynamo.query(
                            QueryRequest.builder()
                                    .tableName(table)
                                    .indexName(index)
                                    .keyConditionExpression(
                                            "#pk = :pk AND #sk BETWEEN :low AND :high")
                                    .expressionAttributeNames(
                                            Map.of("#pk", partitionName, "#sk", sortName))
                                    .expressionAttributeValues(
                                            Map.of(
                                                    ":pk",
                                                    AttributeValue.fromS(partition),
                                                    ":low",
                                                    AttributeValue.fromS(low),
                                                    ":high",
                                                    AttributeValue.fromS(high)))
                                    .scanIndexForward(false)
                                    .exclusiveStartKey(start)
                                    .limit(pageSize)
                                    .build());
            pageSize = Math.min(pageSize * 4, 10_000);
            for (Map<String, AttributeValue> item : page.items()) {
                DeadlineEntry entry =
                        JsonBodies.read(Items.string(item, TableLayout.BODY), DeadlineEntry.class);
                if (into.size() < limit && keep.test(entry)) {
                    into.add(entry);
                }
            }
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null && !start.isEmpty() && into.size() < limit);
    }

    @Override
    public List<DeadlineEntry> outstandingDueBy(LocalDate to, Optional<AreaId> area) {
        if (!backfill.isDone()) {
            return dueBetween(FIRST_INSPECTIONS, to, area).stream()
                    .filter(entry -> entry.deadline().isOutstanding())
                    .toList();
        }
        Map<String, String> names = new HashMap<>(Map.of("#pk", GSI3PK, "#sk", GSI3SK));
        Map<String, AttributeValue> values =
                new HashMap<>(
                        Map.of(
                                ":pk",
                                AttributeValue.fromS(TableKeys.OUTSTANDING_DEADLINES),
                                ":high",
                                AttributeValue.fromS(TableKeys.afterDueOn(to))));
        QueryRequest.Builder query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI3)
                        .keyConditionExpression("#pk = :pk AND #sk < :high");
        if (area.isPresent()) {
            // The outstanding deadlines of every area are few; one area's are a filter of them.
            names.put("#area", GSI1PK);
            values.put(":area", AttributeValue.fromS(TableKeys.area(area.get())));
            query.filterExpression("#area = :area");
        }
        return Items.query(
                dynamo,
                query.expressionAttributeNames(names).expressionAttributeValues(values).build(),
                DeadlineEntry.class);
    }

    /** The key a query resumes after: the index's keys and the table's, as DynamoDB gives them. */
    private static Map<String, AttributeValue> startAfter(
            Position position,
            String partitionName,
            String partition,
            String sortName,
            String sort) {
        return Map.of(
                partitionName,
                AttributeValue.fromS(partition),
                sortName,
                AttributeValue.fromS(sort),
                PK,
                AttributeValue.fromS(DynamoDbInspections.pk(position.inspectionId())),
                SK,
                AttributeValue.fromS(TableKeys.deadline(position.deadlineId())));
    }

    private void query(
            String index,
            String partitionName,
            String partition,
            String sortName,
            String low,
            String high,
            Optional<Map<String, AttributeValue>> after,
            int limit,
            List<DeadlineEntry> into) {
        Map<String, AttributeValue> start = after.orElse(null);
        do {
            QueryRequest query =
                    QueryRequest.builder()
                            .tableName(table)
                            .indexName(index)
                            .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                            .expressionAttributeNames(Map.of("#pk", partitionName, "#sk", sortName))
                            .expressionAttributeValues(
                                    Map.of(
                                            ":pk",
                                            AttributeValue.fromS(partition),
                                            ":low",
                                            AttributeValue.fromS(low),
                                            ":high",
                                            AttributeValue.fromS(high)))
                            .exclusiveStartKey(start)
                            .limit(limit == Integer.MAX_VALUE ? null : limit - into.size())
                            .build();
            QueryResponse page = dynamo.query(query);
            page.items()
                    .forEach(
                            item ->
                                    into.add(
                                            JsonBodies.read(
                                                    Items.string(item, TableLayout.BODY),
                                                    DeadlineEntry.class)));
            start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
        } while (start != null && !start.isEmpty() && into.size() < limit);
    }
}
