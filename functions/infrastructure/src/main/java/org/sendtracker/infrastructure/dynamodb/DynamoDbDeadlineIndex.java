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

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.DeadlineEntry;
import org.sendtracker.inspection.application.DeadlineIndex;
import org.sendtracker.inspection.application.DeadlineService;
import org.sendtracker.inspection.application.OutstandingDeadline;
import org.sendtracker.inspection.model.InspectionId;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Deadlines by due date. One area: a range of its ByArea item collection. Every area: one query per
 * year of the ByDate index ({@code DUE#yyyy}), so a range never scans. What is still to do: the
 * sparse OpenDeadlines index, which holds outstanding deadlines only. Each query asks for the
 * item's body only, the one attribute a deadline is read from.
 */
@Singleton
final class DynamoDbDeadlineIndex implements DeadlineIndex {

    /** Where the unbounded-below range starts until the OpenDeadlines index is backfilled. */
    private static final LocalDate FIRST_INSPECTIONS = LocalDate.of(2016, 1, 1);

    private final DynamoDbClient dynamo;
    private final String table;
    private final OpenIndexesBackfill backfill;
    private final MetLateBackfill metLateBackfill;

    /** Items per page when no limit is asked: null, DynamoDB's own (1 MB); a test sets fewer. */
    private final Integer pageItems;

    private final AreaDigests digests;

    @Inject
    DynamoDbDeadlineIndex(
            DynamoDbClient dynamo,
            TableName table,
            OpenIndexesBackfill backfill,
            MetLateBackfill metLateBackfill,
            AreaDigests digests) {
        this(dynamo, table, backfill, metLateBackfill, digests, null);
    }

    /** With {@code metLateBackfill} and the table's own record of the digests' backfill. */
    DynamoDbDeadlineIndex(
            DynamoDbClient dynamo,
            TableName table,
            OpenIndexesBackfill backfill,
            MetLateBackfill metLateBackfill) {
        this(dynamo, table, backfill, metLateBackfill, new AreaDigests(dynamo, table), null);
    }

    /** With the table's own records of the met-late and digest backfills. */
    DynamoDbDeadlineIndex(DynamoDbClient dynamo, TableName table, OpenIndexesBackfill backfill) {
        this(dynamo, table, backfill, (Integer) null);
    }

    DynamoDbDeadlineIndex(
            DynamoDbClient dynamo,
            TableName table,
            OpenIndexesBackfill backfill,
            Integer pageItems) {
        this(
                dynamo,
                table,
                backfill,
                new MetLateBackfill(dynamo, table),
                new AreaDigests(dynamo, table),
                pageItems);
    }

    private DynamoDbDeadlineIndex(
            DynamoDbClient dynamo,
            TableName table,
            OpenIndexesBackfill backfill,
            MetLateBackfill metLateBackfill,
            AreaDigests digests,
            Integer pageItems) {
        this.dynamo = dynamo;
        this.table = table.value();
        this.backfill = backfill;
        this.metLateBackfill = metLateBackfill;
        this.digests = digests;
        this.pageItems = pageItems;
    }

    @Override
    public Optional<List<OutstandingDeadline>> outstandingDigest() {
        return digests.all();
    }

    @Override
    public Optional<List<OutstandingDeadline>> outstandingDigestOf(Set<AreaId> areas) {
        return digests.of(areas);
    }

    /**
     * BatchGetItem by each deadline's own key (its inspection's partition, {@code DEADLINE#{id}}),
     * consistently ({@link Items#batchGet}).
     */
    @Override
    public List<DeadlineEntry> at(List<Position> positions) {
        Map<String, DeadlineEntry> found = new HashMap<>();
        Items.batchGet(
                        dynamo,
                        table,
                        positions.stream()
                                .map(
                                        p ->
                                                Items.key(
                                                        DynamoDbInspections.pk(p.inspectionId()),
                                                        TableKeys.deadline(p.deadlineId())))
                                .toList())
                .forEach(
                        item -> {
                            DeadlineEntry entry =
                                    JsonBodies.read(
                                            Items.string(item, TableLayout.BODY),
                                            DeadlineEntry.class);
                            found.put(keyOf(entry.inspectionId(), entry.deadline().id()), entry);
                        });
        return positions.stream()
                .map(p -> found.get(keyOf(p.inspectionId(), p.deadlineId())))
                .filter(Objects::nonNull)
                .toList();
    }

    private static String keyOf(InspectionId inspection, String deadlineId) {
        return inspection.value() + "#" + deadlineId;
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
                    false,
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
                        false,
                        found);
            }
        }
        return found;
    }

    /**
     * The same list as the interface's, read at once ({@link ParallelReads}, docs/performance.md,
     * "Scale"): the outstanding deadlines before {@code from} and the first page of each part of
     * the range (a year partition of ByDate, or the area's ByArea range) together; then each part
     * that holds more than a page has the rest of its range cut into spans of the days its first
     * page covered (at most {@value #MOST_SPANS}), read together. A range of a page or less costs
     * the same queries as reading it part after part; a dense one is not read page after page.
     */
    @Override
    public List<DeadlineEntry> outstandingBeforeThenDueBetween(
            LocalDate from, LocalDate to, Optional<AreaId> area) {
        List<Part> parts = parts(from, to, area);
        List<Supplier<Page>> firstReads = new ArrayList<>();
        boolean older = from.isAfter(DeadlineService.EARLIEST);
        if (older) {
            firstReads.add(
                    () -> new Page(outstandingDueBy(from.minusDays(1), area), Optional.empty()));
        }
        parts.forEach(part -> firstReads.add(() -> page(part, Optional.empty())));
        List<Page> first = ParallelReads.each(firstReads);
        List<Supplier<List<DeadlineEntry>>> rest = new ArrayList<>();
        List<Integer> restOf = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Page page = first.get(older ? i + 1 : i);
            if (page.next().isEmpty() || page.items().isEmpty()) {
                continue;
            }
            Part part = parts.get(i);
            LocalDate last = page.items().get(page.items().size() - 1).deadline().dueOn();
            long remaining = ChronoUnit.DAYS.between(last, part.to()) + 1;
            long span =
                    Math.max(
                            ChronoUnit.DAYS.between(part.from(), last) + 1,
                            (remaining + MOST_SPANS - 1) / MOST_SPANS);
            Optional<Map<String, AttributeValue>> resume = page.next();
            for (LocalDate day = last; !day.isAfter(part.to()); day = day.plusDays(span)) {
                Part spanOf = part.between(day, min(day.plusDays(span - 1), part.to()));
                Optional<Map<String, AttributeValue>> after =
                        day.equals(last) ? resume : Optional.empty();
                rest.add(() -> all(spanOf, after));
                restOf.add(i);
            }
        }
        List<List<DeadlineEntry>> more = rest.isEmpty() ? List.of() : ParallelReads.each(rest);
        List<DeadlineEntry> found = new ArrayList<>();
        if (older) {
            found.addAll(first.get(0).items());
        }
        for (int i = 0; i < parts.size(); i++) {
            found.addAll(first.get(older ? i + 1 : i).items());
            for (int r = 0; r < more.size(); r++) {
                if (restOf.get(r) == i) {
                    found.addAll(more.get(r));
                }
            }
        }
        return found;
    }

    /** The most spans the rest of a part is cut into. */
    static final int MOST_SPANS = 8;

    /**
     * Where deadlines due in [{@code from}, {@code to}] are, in order of due date: one area's
     * ByArea range, or each ByDate year partition the range touches.
     */
    private static List<Part> parts(LocalDate from, LocalDate to, Optional<AreaId> area) {
        if (area.isPresent()) {
            return List.of(
                    new Part(GSI1, GSI1PK, TableKeys.area(area.get()), GSI1SK, from, to, true));
        }
        List<Part> parts = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            parts.add(
                    new Part(
                            GSI2,
                            GSI2PK,
                            TableKeys.dueIn(year),
                            GSI2SK,
                            max(from, LocalDate.of(year, 1, 1)),
                            min(to, LocalDate.of(year, 12, 31)),
                            false));
        }
        return parts;
    }

    /** A key range of one partition: days of a ByDate year, or of an area's ByArea collection. */
    private record Part(
            String index,
            String partitionName,
            String partition,
            String sortName,
            LocalDate from,
            LocalDate to,
            boolean inArea) {

        String low() {
            return inArea ? TableKeys.firstDeadlineInAreaOn(from) : TableKeys.firstDueOn(from);
        }

        String high() {
            return inArea ? TableKeys.afterDeadlinesInAreaOn(to) : TableKeys.afterDueOn(to);
        }

        Part between(LocalDate first, LocalDate last) {
            return new Part(index, partitionName, partition, sortName, first, last, inArea);
        }
    }

    /** One page of a part, and where the next starts (empty: none). */
    private record Page(List<DeadlineEntry> items, Optional<Map<String, AttributeValue>> next) {}

    private Page page(Part part, Optional<Map<String, AttributeValue>> after) {
        List<DeadlineEntry> items = new ArrayList<>();
        Optional<Map<String, AttributeValue>> next =
                query(
                        part.index(),
                        part.partitionName(),
                        part.partition(),
                        part.sortName(),
                        part.low(),
                        part.high(),
                        after,
                        Integer.MAX_VALUE,
                        true,
                        items);
        return new Page(items, next);
    }

    private List<DeadlineEntry> all(Part part, Optional<Map<String, AttributeValue>> after) {
        List<DeadlineEntry> items = new ArrayList<>();
        query(
                part.index(),
                part.partitionName(),
                part.partition(),
                part.sortName(),
                part.low(),
                part.high(),
                after,
                Integer.MAX_VALUE,
                false,
                items);
        return items;
    }

    private static LocalDate min(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
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
        List<Part> parts = parts(from, to, area);
        for (int i = parts.size() - 1; i >= 0 && found.size() < limit; i--) {
            backwards(parts.get(i), keep, limit, BACKWARDS_PAGE, found);
        }
        return found;
    }

    /** How many items a backwards read asks for first. */
    static final int BACKWARDS_PAGE = 100;

    /**
     * The deadlines met late of every area from their own sparse partition ({@code MET_LATE} in
     * OpenDeadlines), read backwards from {@code to}: a first page of {@code limit} (the rows the
     * list shows and one more), and larger ones only when {@code keep} refuses some (areas the
     * caller may not read). It reads deadlines met late, never every deadline due in the range. One
     * area reads its ByArea range backwards ({@link #latestDue}): that holds only its own
     * deadlines, where a filter of the partition would read every other area's met late first.
     * Until {@link MetLateBackfill} has recorded the partition complete, the due-date index is read
     * backwards, as before (docs/performance.md, "The dashboard at ×10 (stop 20)").
     */
    @Override
    public List<DeadlineEntry> latestMetLate(
            LocalDate from,
            LocalDate to,
            Optional<AreaId> area,
            Predicate<DeadlineEntry> keep,
            int limit) {
        Predicate<DeadlineEntry> metLate =
                entry -> entry.deadline().isMetLate() && keep.test(entry);
        if (area.isPresent() || !metLateBackfill.isDone()) {
            return latestDue(from, to, area, metLate, limit);
        }
        List<DeadlineEntry> found = new ArrayList<>();
        Part metLateKeys =
                new Part(GSI3, GSI3PK, TableKeys.MET_LATE_DEADLINES, GSI3SK, from, to, false);
        backwards(metLateKeys, metLate, limit, limit, found);
        return found;
    }

    private void backwards(
            Part part,
            Predicate<DeadlineEntry> keep,
            int limit,
            int firstPage,
            List<DeadlineEntry> into) {
        Map<String, AttributeValue> start = null;
        int pageSize = Math.min(firstPage, MOST_PER_PAGE);
        do {
            QueryResponse page =
                    dynamo.query(
                            between(
                                            part.index(),
                                            part.partitionName(),
                                            part.partition(),
                                            part.sortName(),
                                            part.low(),
                                            part.high())
                                    .scanIndexForward(false)
                                    .exclusiveStartKey(start)
                                    .limit(pageSize)
                                    .build());
            pageSize = (int) Math.min(pageSize * 4L, MOST_PER_PAGE);
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

    /** The largest page a backwards read asks for. */
    private static final int MOST_PER_PAGE = 10_000;

    /**
     * {@inheritDoc} Every area's: the {@code OUTSTANDING} partition of OpenDeadlines. One area's:
     * its own deadlines in ByArea, kept to the outstanding ones. An area's whole record (about 190
     * deadlines an area at ×10) is far less than every area's outstanding deadlines (2,400 there),
     * which a filter of that partition would read, and bill, to return the area's 16
     * (docs/performance.md, "One council's dashboard (stop 21)"). Before the backfill, every area's
     * is read the same way.
     */
    @Override
    public List<DeadlineEntry> outstandingDueBy(LocalDate to, Optional<AreaId> area) {
        if (area.isPresent() || !backfill.isDone()) {
            return dueBetween(FIRST_INSPECTIONS, to, area).stream()
                    .filter(entry -> entry.deadline().isOutstanding())
                    .toList();
        }
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI3)
                        .keyConditionExpression("#pk = :pk AND #sk < :high")
                        .projectionExpression("#body")
                        .expressionAttributeNames(
                                Map.of("#pk", GSI3PK, "#sk", GSI3SK, "#body", TableLayout.BODY))
                        .expressionAttributeValues(
                                Map.of(
                                        ":pk",
                                        AttributeValue.fromS(TableKeys.OUTSTANDING_DEADLINES),
                                        ":high",
                                        AttributeValue.fromS(TableKeys.afterDueOn(to))))
                        .build();
        return Items.query(dynamo, query, DeadlineEntry.class);
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

    /**
     * A query of the sort keys from {@code low} to {@code high} in one partition of an index, for
     * the items' {@code body} only, the one attribute a deadline is read from.
     */
    private QueryRequest.Builder between(
            String index,
            String partitionName,
            String partition,
            String sortName,
            String low,
            String high) {
        return QueryRequest.builder()
                .tableName(table)
                .indexName(index)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                .projectionExpression("#body")
                .expressionAttributeNames(
                        Map.of("#pk", partitionName, "#sk", sortName, "#body", TableLayout.BODY))
                .expressionAttributeValues(
                        Map.of(
                                ":pk",
                                AttributeValue.fromS(partition),
                                ":low",
                                AttributeValue.fromS(low),
                                ":high",
                                AttributeValue.fromS(high)));
    }

    /** Reads into {@code into}; the key the next page would start after, if any. */
    private Optional<Map<String, AttributeValue>> query(
            String index,
            String partitionName,
            String partition,
            String sortName,
            String low,
            String high,
            Optional<Map<String, AttributeValue>> after,
            int limit,
            boolean onePage,
            List<DeadlineEntry> into) {
        Map<String, AttributeValue> start = after.orElse(null);
        do {
            QueryRequest query =
                    between(index, partitionName, partition, sortName, low, high)
                            .exclusiveStartKey(start)
                            .limit(
                                    limit == Integer.MAX_VALUE
                                            ? pageItems
                                            : Integer.valueOf(limit - into.size()))
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
        } while (!onePage && start != null && !start.isEmpty() && into.size() < limit);
        return Optional.ofNullable(start).filter(key -> !key.isEmpty());
    }
}
