package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI3SK;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.sendtracker.inspection.application.DeadlineEntry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Gives the deadlines met late before the {@code MET_LATE} key existed their place in it (the
 * OpenDeadlines index, GSI3: {@code MET_LATE} / {@code {dueOn}#{id}#{dl}}), as {@link
 * OpenIndexesBackfill} did for the outstanding ones and with the same discipline: it walks the
 * areas ({@code AREAS}) and each area's deadlines in its ByArea collection (no scan), keys a
 * deadline only if its item is still as read (a write since then already carries the key), and when
 * every area is done records {@code MIGRATION#met-late} (done once a walk after the settling time
 * finds nothing lacking the keys: {@link KeyBackfill}). Until then the dashboard's met-late list
 * reads the due-date index the old way ({@link #isDone}), so nothing met late is missed meanwhile.
 * Idempotent: once done, a run reads the record and does nothing; interrupted, it starts again and
 * skips what already has its key. The reconcile runs it; a table created with the key's writer is
 * recorded as done at once (docs/performance.md, "The dashboard at ×10 (stop 20)").
 */
@Singleton
public final class MetLateBackfill extends KeyBackfill {

    static final String NAME = "met-late";

    @Inject
    MetLateBackfill(DynamoDbClient dynamo, TableName table, BackfillWindow window) {
        super(dynamo, table, NAME, TableKeys.deadline(""), window);
    }

    /** For a table only this version writes: done after its first walk. */
    MetLateBackfill(DynamoDbClient dynamo, TableName table) {
        this(dynamo, table, BackfillWindow.none());
    }

    /** The item with its {@code MET_LATE} key, or {@code null} when it needs none or has it. */
    @Override
    Map<String, AttributeValue> withKeys(Map<String, AttributeValue> stored) {
        if (TableKeys.MET_LATE_DEADLINES.equals(Items.string(stored, GSI3PK))) {
            return null;
        }
        DeadlineEntry entry = JsonBodies.read(Items.string(stored, BODY), DeadlineEntry.class);
        if (!entry.deadline().isMetLate()) {
            return null;
        }
        // The stored item as it is, plus the key the current writer gives it.
        return withKeysFrom(
                stored, DynamoDbInspections.deadlineItem(entry), List.of(GSI3PK, GSI3SK));
    }

    /** Records that every deadline met late carries the key. */
    static void markDone(DynamoDbClient dynamo, String table) {
        markDone(dynamo, table, NAME);
    }
}
