package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.workflow.application.WorkflowState;
import org.sendtracker.workflow.application.Workflows;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * One {@code #WORKFLOW} item per inspection. Open workflows sit in the ByDate index under {@code
 * WORKFLOWS}, sorted by when they mean to wake, so the reconcile finds late ones by a range query;
 * an ended workflow leaves the index (the attributes are simply not written).
 */
@Singleton
final class DynamoDbWorkflows implements Workflows {

    /** An older generation never overwrites a newer one. */
    static final String NOT_NEWER_STORED = "attribute_not_exists(PK) OR generation <= :generation";

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoDbWorkflows(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    @Override
    public Optional<WorkflowState> find(InspectionId id) {
        return Items.get(
                dynamo,
                table,
                DynamoDbInspections.pk(id),
                TableKeys.WORKFLOW_ITEM,
                WorkflowState.class);
    }

    @Override
    public boolean save(WorkflowState state) {
        try {
            dynamo.putItem(
                    b ->
                            b.tableName(table)
                                    .item(workflowItem(state))
                                    .conditionExpression(NOT_NEWER_STORED)
                                    .expressionAttributeValues(
                                            Map.of(
                                                    ":generation",
                                                    AttributeValue.fromN(
                                                            Integer.toString(
                                                                    state.generation())))));
            return true;
        } catch (ConditionalCheckFailedException newerStored) {
            return false;
        }
    }

    static Map<String, AttributeValue> workflowItem(WorkflowState state) {
        Items item =
                item().s(PK, DynamoDbInspections.pk(state.inspectionId()))
                        .s(SK, TableKeys.WORKFLOW_ITEM)
                        .s("kind", "WORKFLOW")
                        .n("generation", state.generation())
                        .s(BODY, JsonBodies.write(state));
        if (!state.ended()) {
            item.s(GSI2PK, TableKeys.OPEN_WORKFLOWS)
                    .s(GSI2SK, TableKeys.openWorkflow(state.nextWakeAt(), state.inspectionId()));
        }
        return item.build();
    }

    @Override
    public List<WorkflowState> overdueBefore(Instant before) {
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI2)
                        .keyConditionExpression("#pk = :pk AND #sk < :before")
                        .expressionAttributeNames(Map.of("#pk", GSI2PK, "#sk", GSI2SK))
                        .expressionAttributeValues(
                                Map.of(
                                        ":pk",
                                        AttributeValue.fromS(TableKeys.OPEN_WORKFLOWS),
                                        ":before",
                                        AttributeValue.fromS(TableKeys.wakingAt(before))))
                        .build();
        return Items.query(dynamo, query, WorkflowState.class);
    }
}
