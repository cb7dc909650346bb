package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.EXPIRES_AT;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.VERSION;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.improvement.application.ImprovementPlans;
import org.sendtracker.improvement.application.PlanChange;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Improvement plans in the single table, one item per inspection ({@code INSPECTION#{id}} / {@code
 * #PLAN}). A change is one transaction with the inspection's own items: the inspection (only if its
 * stored version is unchanged), the plan, the audit entry (only if its sequence number is free),
 * the board-report deadlines that changed, and the idempotency record (only if the key is new). The
 * plan itself needs no condition of its own: it is only ever written beside its inspection's
 * version check.
 */
@Singleton
final class DynamoDbImprovementPlans implements ImprovementPlans {

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoDbImprovementPlans(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    @Override
    public ImprovementPlan find(InspectionId id) {
        return Items.get(
                        dynamo,
                        table,
                        TableKeys.inspection(id),
                        TableKeys.PLAN_ITEM,
                        ImprovementPlan.class)
                .orElseGet(() -> ImprovementPlan.empty(id));
    }

    @Override
    public void update(
            Inspection previous,
            Inspection next,
            ImprovementPlan plan,
            RecordedEvent event,
            Optional<PlanChange> idempotency) {
        InspectionWrites.write(
                dynamo,
                table,
                previous,
                next,
                List.of(put(planItem(plan), null, Map.of())),
                event,
                idempotency.map(
                        change ->
                                put(
                                        idempotencyItem(next.id(), change),
                                        DynamoDbInspections.NOT_YET_WRITTEN,
                                        Map.of())));
    }

    @Override
    public Optional<PlanChange> idempotentResult(InspectionId id, String key) {
        return Items.get(
                dynamo,
                table,
                TableKeys.inspection(id),
                TableKeys.planIdempotency(key),
                PlanChange.class);
    }

    private TransactWriteItem put(
            Map<String, AttributeValue> item,
            String condition,
            Map<String, AttributeValue> values) {
        return Transactions.put(table, item, condition, values);
    }

    private static Map<String, AttributeValue> planItem(ImprovementPlan plan) {
        return item().s(PK, TableKeys.inspection(plan.inspectionId()))
                .s(SK, TableKeys.PLAN_ITEM)
                .s("kind", "PLAN")
                .n(VERSION, plan.version())
                .s(BODY, JsonBodies.write(plan))
                .build();
    }

    private static Map<String, AttributeValue> idempotencyItem(InspectionId id, PlanChange change) {
        long expiresAt =
                change.event()
                        .recordedAt()
                        .plus(DynamoDbInspections.IDEMPOTENCY_KEPT_FOR)
                        .getEpochSecond();
        return item().s(PK, TableKeys.inspection(id))
                .s(SK, TableKeys.planIdempotency(change.key()))
                .s("kind", "IDEMPOTENCY")
                .n(EXPIRES_AT, expiresAt)
                .s(BODY, JsonBodies.write(change))
                .build();
    }
}
