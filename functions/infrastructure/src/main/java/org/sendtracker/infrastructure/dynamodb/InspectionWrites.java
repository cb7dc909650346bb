package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sendtracker.inspection.application.OutstandingDeadline;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.shared.ConcurrentChangeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One change of an inspection as the table takes it (docs/design.md, "An inspection's writes"): the
 * caller's items (the inspection at its next version, conditional on the version read, with its
 * event, plan or idempotency record), the area's digest when what is outstanding changed, and the
 * deadline items: each deadline whose entry changed put (an entry holds the inspection's stage, so
 * a change of stage puts them all), each one gone deleted.
 *
 * <p>All in one transaction while they fit DynamoDB's {@value #MOST_ITEMS} items: every change of
 * an inspection with up to about 95 deadlines. A larger one (a board reporting every week for two
 * years brings 105) is written in parts. The first transaction holds the caller's items, the digest
 * and as many deadline items as fit, the deletions and the outstanding ones first: the change is
 * recorded, or refused, whole. The rest follow, {@value #MOST_ITEMS} less one at a time, each with
 * a check that the inspection is still at the version written; if a later change got there first,
 * the items are made to agree with the inspection as it now stands. Whenever an inspection has that
 * many deadlines, every change of it ends by reading its deadline items and putting right any that
 * do not agree with it, so one left behind (a function stopped between the parts) is put right by
 * the next change.
 */
final class InspectionWrites {

    private static final Logger LOG = LoggerFactory.getLogger(InspectionWrites.class);

    /** DynamoDB's limit on the items of one transaction. */
    static final int MOST_ITEMS = 100;

    /** How many times the deadline items are brought to the latest version before leaving it. */
    static final int ATTEMPTS = 5;

    private InspectionWrites() {}

    /**
     * Writes the change from {@code previous} to {@code next}: the inspection (only if still at
     * {@code previous}'s version), {@code with} (its plan, if that changed too), its {@code event}
     * and {@code idempotency} record, the digest's update and the deadline items; throws {@link
     * ConcurrentChangeException} (nothing written) when a condition of the first transaction fails.
     */
    static void write(
            DynamoDbClient dynamo,
            String table,
            Inspection previous,
            Inspection next,
            List<TransactWriteItem> with,
            RecordedEvent event,
            Optional<TransactWriteItem> idempotency) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(
                Transactions.put(
                        table,
                        DynamoDbInspections.inspectionItem(next),
                        DynamoDbInspections.VERSION_UNCHANGED,
                        Map.of(
                                ":previousVersion",
                                AttributeValue.fromN(Long.toString(previous.version())))));
        writes.addAll(with);
        writes.add(
                Transactions.put(
                        table,
                        DynamoDbInspections.eventItem(next.id(), event),
                        DynamoDbInspections.NOT_YET_WRITTEN,
                        Map.of()));
        Supplier<String> conflict =
                () -> "inspection " + next.id() + " is no longer at version " + previous.version();
        Optional<TransactWriteItem> digest = digestChange(table, Optional.of(previous), next);
        DeadlineWrites deadlines = deadlineWrites(table, previous, next);
        int count =
                writes.size()
                        + deadlines.size()
                        + (digest.isPresent() ? 1 : 0)
                        + (idempotency.isPresent() ? 1 : 0);
        if (count <= MOST_ITEMS) {
            writes.addAll(deadlines.puts(table, false));
            writes.addAll(deadlines.deletes());
            digest.ifPresent(writes::add);
            idempotency.ifPresent(writes::add);
            Transactions.write(dynamo, writes, conflict);
        } else {
            digest.ifPresent(writes::add);
            idempotency.ifPresent(writes::add);
            writes.addAll(deadlines.deletes());
            writes.addAll(deadlines.puts(table, true));
            Transactions.write(dynamo, writes.subList(0, MOST_ITEMS), conflict);
        }
        if (count > MOST_ITEMS || mayBeWrittenInParts(next)) {
            agreeWith(dynamo, table, next);
        }
    }

    /**
     * Whether a change of {@code inspection} could need more than one transaction: its deadline
     * items with a few of the caller's.
     */
    static boolean mayBeWrittenInParts(Inspection inspection) {
        return inspection.deadlines().size() > MOST_ITEMS - 8;
    }

    /**
     * The update of the area's digest when what {@code next} has outstanding differs from what
     * {@code previous} had (its deadlines, their dates and roles, or whether it is closed): in the
     * same transaction as the deadlines, so the digest is never behind them ({@link AreaDigests}).
     */
    static Optional<TransactWriteItem> digestChange(
            String table, Optional<Inspection> previous, Inspection next) {
        Optional<String> before =
                previous.flatMap(p -> AreaDigests.encode(OutstandingDeadline.ofInspection(p)));
        Optional<String> after = AreaDigests.encode(OutstandingDeadline.ofInspection(next));
        return before.equals(after)
                ? Optional.empty()
                : Optional.of(AreaDigests.update(table, next.id(), after));
    }

    /**
     * The deadline items to write: a put of each deadline of {@code next} whose entry changed,
     * {@code changed}, and a delete of each one gone (a withdrawal or correction can take one away,
     * docs/corrections-plan.md).
     */
    private record DeadlineWrites(
            Inspection next, List<Deadline> changed, List<TransactWriteItem> deletes) {

        int size() {
            return changed.size() + deletes.size();
        }

        /** The puts, in the inspection's order, or those of outstanding deadlines first. */
        List<TransactWriteItem> puts(String table, boolean outstandingFirst) {
            List<Deadline> order =
                    outstandingFirst
                            ? changed.stream()
                                    .sorted(Comparator.comparing(d -> !d.isOutstanding()))
                                    .toList()
                            : changed;
            return order.stream()
                    .map(
                            deadline ->
                                    Transactions.put(
                                            table,
                                            DynamoDbInspections.deadlineItem(next, deadline),
                                            null,
                                            Map.of()))
                    .toList();
        }
    }

    private static DeadlineWrites deadlineWrites(
            String table, Inspection previous, Inspection next) {
        List<Deadline> changed =
                next.deadlines().stream()
                        .filter(
                                deadline ->
                                        previous.stage() != next.stage()
                                                || previous.deadline(deadline.id())
                                                        .filter(deadline::equals)
                                                        .isEmpty())
                        .toList();
        List<TransactWriteItem> deletes =
                previous.deadlines().stream()
                        .filter(gone -> next.deadline(gone.id()).isEmpty())
                        .map(
                                gone ->
                                        Transactions.delete(
                                                table,
                                                Items.key(
                                                        DynamoDbInspections.pk(next.id()),
                                                        TableKeys.deadline(gone.id()))))
                        .toList();
        return new DeadlineWrites(next, changed, deletes);
    }

    /**
     * Makes the inspection's deadline items agree with it: reads them (consistently), then puts
     * each that differs from what the inspection makes and deletes each it no longer has, in
     * transactions that each check the inspection is still at the version they agree with. When a
     * later change got there first, again with the inspection as that change left it. A failure
     * here leaves the change recorded (the first transaction holds it) and is logged; the next
     * change of the inspection puts the items right.
     */
    static void agreeWith(DynamoDbClient dynamo, String table, Inspection written) {
        Inspection latest = written;
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                try {
                    writeDifferences(dynamo, table, latest);
                    return;
                } catch (ConcurrentChangeException laterChange) {
                    latest =
                            Items.get(
                                            dynamo,
                                            table,
                                            DynamoDbInspections.pk(written.id()),
                                            TableKeys.INSPECTION_ITEM,
                                            Inspection.class)
                                    .orElseThrow();
                }
            }
            LOG.warn(
                    "the deadline items of inspection {} were changed {} times while being written"
                            + " in parts; the next change of it puts them right",
                    written.id(),
                    ATTEMPTS);
        } catch (RuntimeException e) {
            LOG.warn(
                    "the deadline items of inspection {} were left part-written; the next change of"
                            + " it puts them right",
                    written.id(),
                    e);
        }
    }

    private static void writeDifferences(DynamoDbClient dynamo, String table, Inspection latest) {
        Map<String, Map<String, AttributeValue>> stored =
                storedDeadlineItems(dynamo, table, latest);
        List<TransactWriteItem> writes = new ArrayList<>();
        for (Deadline deadline : latest.deadlines()) {
            Map<String, AttributeValue> item = DynamoDbInspections.deadlineItem(latest, deadline);
            if (!item.equals(stored.remove(TableKeys.deadline(deadline.id())))) {
                writes.add(Transactions.put(table, item, null, Map.of()));
            }
        }
        for (Map<String, AttributeValue> gone : stored.values()) {
            writes.add(Transactions.delete(table, Map.of(PK, gone.get(PK), SK, gone.get(SK))));
        }
        TransactWriteItem atVersion = atVersion(table, latest);
        for (int from = 0; from < writes.size(); from += MOST_ITEMS - 1) {
            List<TransactWriteItem> part =
                    new ArrayList<>(
                            writes.subList(from, Math.min(writes.size(), from + MOST_ITEMS - 1)));
            part.add(atVersion);
            Transactions.write(
                    dynamo,
                    part,
                    () ->
                            "inspection "
                                    + latest.id()
                                    + " is no longer at version "
                                    + latest.version());
        }
    }

    /** The inspection's {@code DEADLINE#} items by sort key, read consistently. */
    private static Map<String, Map<String, AttributeValue>> storedDeadlineItems(
            DynamoDbClient dynamo, String table, Inspection inspection) {
        QueryRequest query =
                Items.collectionQuery(
                                table,
                                DynamoDbInspections.pk(inspection.id()),
                                TableKeys.deadline(""))
                        .build();
        Map<String, Map<String, AttributeValue>> stored = new HashMap<>();
        dynamo.queryPaginator(query).items().forEach(item -> stored.put(item.get(SK).s(), item));
        return stored;
    }

    /** A check, in a transaction, that the inspection is still at {@code inspection}'s version. */
    private static TransactWriteItem atVersion(String table, Inspection inspection) {
        return Transactions.check(
                table,
                Items.key(DynamoDbInspections.pk(inspection.id()), TableKeys.INSPECTION_ITEM),
                "#version = :version",
                Map.of("#version", TableLayout.VERSION),
                Map.of(":version", AttributeValue.fromN(Long.toString(inspection.version()))));
    }
}
