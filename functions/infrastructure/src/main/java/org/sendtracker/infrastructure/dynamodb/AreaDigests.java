package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.inspection.application.OutstandingDeadline;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DeadlineKind;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Each area's digest of what is outstanding: one item per area ({@code AREA#{id}} / {@code
 * #OUTSTANDING}, listed under {@code AREA_OUTSTANDING} in ByDate) with one attribute per inspection
 * that has an outstanding deadline ({@code I:{inspectionId}}), holding each of them in a compact
 * form ({@link OutstandingDeadline}). The transaction that writes an inspection sets or removes its
 * attribute when what it has outstanding changes ({@link #update}), so the digest is never behind
 * the deadlines; {@link AreaDigestBackfill} writes it for inspections written before it existed.
 * The national dashboard reads every area's digest (one item per area) instead of every outstanding
 * deadline (docs/performance.md, "The national dashboard from each area's digest (stop 22)").
 *
 * <p>An attribute's value: {@code o} (inspection open) or {@code c} (closed), then for each
 * outstanding deadline {@code ;{id}|{kind}|{dueOn}|{setBy}|{owner}|{escalateTo, comma-separated}},
 * in the index's order. Ids, kinds and roles never hold the separators ({@link #encode} checks).
 */
@Singleton
public final class AreaDigests {

    static final String ITEM = "#OUTSTANDING";
    static final String ALL = "AREA_OUTSTANDING";
    static final String INSPECTION_PREFIX = "I:";

    private static final String OPEN = "o";
    private static final String CLOSED = "c";

    private final DynamoDbClient dynamo;
    private final String table;
    private final AreaDigestBackfill backfill;

    @Inject
    AreaDigests(DynamoDbClient dynamo, TableName table, AreaDigestBackfill backfill) {
        this.dynamo = dynamo;
        this.table = table.value();
        this.backfill = backfill;
    }

    /** With the table's own record of the backfill. */
    AreaDigests(DynamoDbClient dynamo, TableName table) {
        this(dynamo, table, new AreaDigestBackfill(dynamo, table));
    }

    /**
     * Every area's outstanding deadlines, in the index's order, read from the digests: empty until
     * their backfill is done ({@link AreaDigestBackfill#isDone}).
     */
    public Optional<List<OutstandingDeadline>> all() {
        if (!backfill.isDone()) {
            return Optional.empty();
        }
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI2)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", GSI2PK))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ALL)))
                        .build();
        return Optional.of(decoded(dynamo.queryPaginator(query).items()));
    }

    /**
     * The outstanding deadlines of {@code areas}, in the index's order, from their digest items
     * alone (one BatchGetItem, read consistently): empty until the backfill is done.
     */
    public Optional<List<OutstandingDeadline>> of(Collection<AreaId> areas) {
        if (!backfill.isDone()) {
            return Optional.empty();
        }
        return Optional.of(
                decoded(
                        Items.batchGet(
                                dynamo, table, areas.stream().map(AreaDigests::key).toList())));
    }

    /** Every outstanding deadline the digest items hold, in the index's order. */
    private static List<OutstandingDeadline> decoded(Iterable<Map<String, AttributeValue>> items) {
        List<OutstandingDeadline> found = new ArrayList<>();
        items.forEach(item -> found.addAll(decodeItem(item)));
        found.sort(OutstandingDeadline.INDEX_ORDER);
        return found;
    }

    /** Every outstanding deadline a stored digest item holds, inspection by inspection. */
    static List<OutstandingDeadline> decodeItem(Map<String, AttributeValue> item) {
        AreaId area = new AreaId(Items.string(item, PK).substring("AREA#".length()));
        List<OutstandingDeadline> found = new ArrayList<>();
        entries(item).forEach((inspection, value) -> found.addAll(decode(area, inspection, value)));
        return found;
    }

    /** Each inspection's stored value in a digest item, by inspection id. */
    static Map<InspectionId, String> entries(Map<String, AttributeValue> item) {
        Map<InspectionId, String> entries = new HashMap<>();
        item.forEach(
                (name, value) -> {
                    if (name.startsWith(INSPECTION_PREFIX)) {
                        entries.put(
                                new InspectionId(name.substring(INSPECTION_PREFIX.length())),
                                value.s());
                    }
                });
        return entries;
    }

    /**
     * An inspection's outstanding deadlines (all of one inspection, in the index's order) as its
     * digest attribute holds them; empty when it has none (the attribute is then removed).
     */
    static Optional<String> encode(List<OutstandingDeadline> ofInspection) {
        if (ofInspection.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder value =
                new StringBuilder(ofInspection.get(0).inspectionClosed() ? CLOSED : OPEN);
        for (OutstandingDeadline deadline : ofInspection) {
            value.append(';')
                    .append(plain(deadline.deadlineId()))
                    .append('|')
                    .append(deadline.kind().name())
                    .append('|')
                    .append(deadline.dueOn())
                    .append('|')
                    .append(deadline.setBy().name())
                    .append('|')
                    .append(deadline.owner().name())
                    .append('|');
            for (int i = 0; i < deadline.escalateTo().size(); i++) {
                value.append(i == 0 ? "" : ",").append(deadline.escalateTo().get(i).name());
            }
        }
        return Optional.of(value.toString());
    }

    private static String plain(String id) {
        if (id.isEmpty() || id.chars().anyMatch(c -> c == ';' || c == '|' || c == ',')) {
            throw new IllegalArgumentException("a deadline id the digest cannot hold: " + id);
        }
        return id;
    }

    /** The outstanding deadlines of {@code inspection} from its digest attribute's value. */
    static List<OutstandingDeadline> decode(AreaId area, InspectionId inspection, String value) {
        String[] parts = value.split(";");
        boolean closed = CLOSED.equals(parts[0]);
        List<OutstandingDeadline> deadlines = new ArrayList<>(parts.length - 1);
        for (int i = 1; i < parts.length; i++) {
            String[] fields = parts[i].split("\\|", -1);
            deadlines.add(
                    new OutstandingDeadline(
                            area,
                            inspection,
                            closed,
                            fields[0],
                            DeadlineKind.valueOf(fields[1]),
                            LocalDate.parse(fields[2]),
                            DateSetter.valueOf(fields[3]),
                            ContactRole.valueOf(fields[4]),
                            fields[5].isEmpty()
                                    ? List.of()
                                    : Arrays.stream(fields[5].split(","))
                                            .map(ContactRole::valueOf)
                                            .toList()));
        }
        return deadlines;
    }

    /**
     * The update, for a transaction, that sets {@code inspection}'s attribute in its area's digest
     * to {@code value}, or removes it when empty; it creates the digest item if there is none. No
     * condition: the inspection's own version condition, in the same transaction, orders writers.
     */
    static TransactWriteItem update(String table, InspectionId inspection, Optional<String> value) {
        AreaId area = inspection.areaId();
        Map<String, String> names =
                Map.of(
                        "#gpk",
                        GSI2PK,
                        "#gsk",
                        GSI2SK,
                        "#kind",
                        "kind",
                        "#i",
                        INSPECTION_PREFIX + inspection.value());
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":gpk", AttributeValue.fromS(ALL));
        values.put(":gsk", AttributeValue.fromS(area.value()));
        values.put(":kind", AttributeValue.fromS("AREA_OUTSTANDING"));
        String expression = "SET #gpk = :gpk, #gsk = :gsk, #kind = :kind";
        if (value.isPresent()) {
            expression += ", #i = :i";
            values.put(":i", AttributeValue.fromS(value.get()));
        } else {
            expression += " REMOVE #i";
        }
        return TransactWriteItem.builder()
                .update(
                        Update.builder()
                                .tableName(table)
                                .key(key(area))
                                .updateExpression(expression)
                                .expressionAttributeNames(names)
                                .expressionAttributeValues(values)
                                .build())
                .build();
    }

    static Map<String, AttributeValue> key(AreaId area) {
        return Map.of(
                PK, AttributeValue.fromS(TableKeys.area(area)), SK, AttributeValue.fromS(ITEM));
    }
}
