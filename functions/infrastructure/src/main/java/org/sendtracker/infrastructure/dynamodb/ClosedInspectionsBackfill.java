package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.sendtracker.inspection.model.Inspection;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Gives each inspection closed before the closing-day key existed its place in its area's {@code
 * CLOSED#{area}} partition of ByDate ({@link TableKeys#closedInspection}). The same discipline as
 * {@link OpenIndexesBackfill}: it walks the areas ({@code AREAS}) and each area's inspections in
 * ByArea (no scan, and none of the area's deadlines), adds the keys to an item only if the item is
 * still as read (a write since then already carries them), and when every area is done records
 * {@code MIGRATION#closed-inspections} (done once a walk after the settling time finds nothing
 * lacking the keys: {@link KeyBackfill}). Until then {@link DynamoDbInspections#closedSince} reads
 * each area's inspections instead, so no closure is missed meanwhile. Idempotent: once done, a run
 * reads the record and does nothing; interrupted, it starts again and skips what already has its
 * keys. The reconcile runs it; a table created with the key is recorded as done at once.
 */
@Singleton
public final class ClosedInspectionsBackfill extends KeyBackfill {

    static final String NAME = "closed-inspections";

    @Inject
    ClosedInspectionsBackfill(DynamoDbClient dynamo, TableName table, BackfillWindow window) {
        super(dynamo, table, NAME, TableKeys.INSPECTION_IN_AREA_PREFIX, window);
    }

    /** For a table only this version writes: done after its first walk. */
    ClosedInspectionsBackfill(DynamoDbClient dynamo, TableName table) {
        this(dynamo, table, BackfillWindow.none());
    }

    /**
     * The stored item as it is plus the ByDate keys the current writer gives it, or {@code null}
     * when it is not a closed inspection lacking them.
     */
    @Override
    Map<String, AttributeValue> withKeys(Map<String, AttributeValue> stored) {
        if (!TableKeys.INSPECTION_ITEM.equals(Items.string(stored, SK))
                || stored.containsKey(GSI2PK)) {
            return null;
        }
        Inspection inspection = JsonBodies.read(Items.string(stored, BODY), Inspection.class);
        if (DynamoDbInspections.isOpen(inspection)) {
            return null;
        }
        return withKeysFrom(
                stored, DynamoDbInspections.inspectionItem(inspection), List.of(GSI2PK, GSI2SK));
    }

    /** Records that every closed inspection has its closing-day key. */
    static void markDone(DynamoDbClient dynamo, String table) {
        markDone(dynamo, table, NAME);
    }
}
