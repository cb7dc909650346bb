package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.sendtracker.inspection.application.DeadlineEntry;
import org.sendtracker.inspection.model.Inspection;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Gives the items written before the sparse indexes existed their keys: each open inspection its
 * {@code OPEN_INSPECTIONS} place in ByDate, each outstanding deadline its OpenDeadlines keys. It
 * walks the areas ({@code AREAS}) and each area's ByArea collection (no scan), adds the keys to an
 * item only if the item is still as read (a write since then already carries them), and when every
 * area is done records {@code MIGRATION#open-indexes} (done once a walk after the settling time
 * finds nothing lacking the keys: {@link KeyBackfill}). Until then the readers of those indexes
 * read the old way ({@link #isDone}), so nothing open is missed meanwhile. Idempotent: once done, a
 * run reads the record and does nothing; interrupted, it starts again and skips what already has
 * its keys. The reconcile runs it (hourly on AWS, at each start locally); a table created with the
 * indexes is recorded as done at once.
 */
@Singleton
public final class OpenIndexesBackfill extends KeyBackfill {

    static final String NAME = "open-indexes";

    @Inject
    OpenIndexesBackfill(DynamoDbClient dynamo, TableName table, BackfillWindow window) {
        super(dynamo, table, NAME, null, window);
    }

    /** For a table only this version writes: done after its first walk. */
    OpenIndexesBackfill(DynamoDbClient dynamo, TableName table) {
        this(dynamo, table, BackfillWindow.none());
    }

    /** The item with its sparse keys, or {@code null} when it needs none or has them. */
    @Override
    Map<String, AttributeValue> withKeys(Map<String, AttributeValue> stored) {
        String sk = Items.string(stored, SK);
        String body = Items.string(stored, BODY);
        Map<String, AttributeValue> keys;
        if (TableKeys.INSPECTION_ITEM.equals(sk) && !stored.containsKey(GSI2PK)) {
            Inspection inspection = JsonBodies.read(body, Inspection.class);
            if (!DynamoDbInspections.isOpen(inspection)) {
                return null; // a closed one's ByDate keys are ClosedInspectionsBackfill's
            }
            keys = DynamoDbInspections.inspectionItem(inspection);
        } else if (sk != null && sk.startsWith("DEADLINE#") && !stored.containsKey(GSI3PK)) {
            keys = DynamoDbInspections.deadlineItem(JsonBodies.read(body, DeadlineEntry.class));
            if (!keys.containsKey(GSI3PK)) {
                return null;
            }
        } else {
            return null;
        }
        // The stored item as it is, plus the keys the current writer gives it.
        return withKeysFrom(stored, keys, List.of(GSI2PK, GSI2SK, GSI3PK, GSI3SK));
    }

    /** Records that the sparse indexes are complete. */
    static void markDone(DynamoDbClient dynamo, String table) {
        markDone(dynamo, table, NAME);
    }
}
