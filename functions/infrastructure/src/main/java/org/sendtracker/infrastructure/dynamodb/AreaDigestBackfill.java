package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.VERSION;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.OutstandingDeadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.shared.ConcurrentChangeException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes each area's digest ({@link AreaDigests}) for the inspections written before it existed,
 * with the discipline of the other backfills ({@link KeyBackfill}: the areas, then each area's
 * inspections in its ByArea collection, no scan; done when a walk after the settling time finds
 * nothing to put right). For each inspection whose attribute in the digest is not what its
 * outstanding deadlines make, it writes the attribute in a transaction that also checks the
 * inspection is still at the version read (a write since then, by this version, wrote the digest
 * itself); an attribute of an inspection that does not exist is removed only if it still does not.
 * Until the record {@code MIGRATION#area-outstanding} says done, the dashboard reads the
 * outstanding deadlines as before ({@link #isDone}).
 */
@Singleton
public final class AreaDigestBackfill extends KeyBackfill {

    static final String NAME = "area-outstanding";

    @Inject
    AreaDigestBackfill(DynamoDbClient dynamo, TableName table, BackfillWindow window) {
        super(dynamo, table, NAME, TableKeys.INSPECTION_IN_AREA_PREFIX, window);
    }

    /** For a table only this version writes: done after its first walk. */
    AreaDigestBackfill(DynamoDbClient dynamo, TableName table) {
        this(dynamo, table, BackfillWindow.none());
    }

    @Override
    int walk(AreaId area) {
        Map<InspectionId, String> stored =
                AreaDigests.entries(
                        dynamo().getItem(
                                        b ->
                                                b.tableName(table())
                                                        .key(AreaDigests.key(area))
                                                        .consistentRead(true))
                                .item());
        Map<InspectionId, String> left = new HashMap<>(stored);
        int lacking = 0;
        for (Map<String, AttributeValue> item : range(area)) {
            Inspection inspection = JsonBodies.read(Items.string(item, BODY), Inspection.class);
            left.remove(inspection.id());
            Optional<String> expected =
                    AreaDigests.encode(OutstandingDeadline.ofInspection(inspection));
            if (!expected.equals(Optional.ofNullable(stored.get(inspection.id())))) {
                lacking++;
                write(
                        inspection.id(),
                        expected,
                        "#version = :version",
                        Map.of("#version", VERSION),
                        Map.of(":version", item.get(VERSION)));
            }
        }
        for (InspectionId gone : left.keySet()) {
            lacking++;
            write(gone, Optional.empty(), "attribute_not_exists(#pk)", Map.of("#pk", PK), Map.of());
        }
        return lacking;
    }

    /**
     * The digest's attribute for {@code inspection}, only if its item still meets the condition.
     */
    private void write(
            InspectionId inspection,
            Optional<String> value,
            String condition,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        try {
            Transactions.write(
                    dynamo(),
                    List.of(
                            Transactions.check(
                                    table(),
                                    Items.key(
                                            DynamoDbInspections.pk(inspection),
                                            TableKeys.INSPECTION_ITEM),
                                    condition,
                                    names,
                                    values),
                            AreaDigests.update(table(), inspection, value)),
                    () -> "inspection " + inspection + " was written since it was read");
        } catch (ConcurrentChangeException writtenSince) {
            // a write since it was read wrote the digest too (or, from the version before, did
            // not: the walk after the settling time will see)
        }
    }

    /** Records that every area's digest holds its inspections' outstanding deadlines. */
    static void markDone(DynamoDbClient dynamo, String table) {
        markDone(dynamo, table, NAME);
    }
}
