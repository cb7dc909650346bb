package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.ReportLinks;
import org.sendtracker.reminders.model.ReportLink;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The links issued reports owe their boards' members: {@code INSPECTION#{id} /
 * REPORT_LINK#{number:6}}, written with the issued report ({@link DynamoDbIssuedReports#add}). Once
 * every member's email is claimed in the ledger, the item is written again with {@code sent}, and
 * the Tick's query leaves it out: a tick reads only what it still owes.
 */
@Singleton
final class DynamoDbReportLinks implements ReportLinks {

    static final String SENT = "sent";

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoDbReportLinks(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    static Map<String, AttributeValue> linkItem(String pk, ReportLink link) {
        return item().s(PK, pk)
                .s(SK, TableKeys.reportLink(link.number()))
                .s("kind", "REPORT_LINK")
                .s(BODY, JsonBodies.write(link))
                .build();
    }

    @Override
    public List<ReportLink> unsent(InspectionId inspection) {
        return Items.query(
                dynamo,
                QueryRequest.builder()
                        .tableName(table)
                        .consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .filterExpression("attribute_not_exists(#sent)")
                        .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK, "#sent", SENT))
                        .expressionAttributeValues(
                                Map.of(
                                        ":pk",
                                        AttributeValue.fromS(TableKeys.inspection(inspection)),
                                        ":prefix",
                                        AttributeValue.fromS(TableKeys.REPORT_LINK_PREFIX)))
                        .build(),
                ReportLink.class);
    }

    @Override
    public void sent(ReportLink link) {
        Map<String, AttributeValue> sent =
                new HashMap<>(
                        linkItem(
                                TableKeys.inspection(new InspectionId(link.inspectionId())), link));
        sent.put(SENT, AttributeValue.fromBool(true));
        // Only over the item the report's issue wrote: never creates one.
        dynamo.putItem(
                b ->
                        b.tableName(table)
                                .item(sent)
                                .conditionExpression("attribute_exists(#pk)")
                                .expressionAttributeNames(Map.of("#pk", PK)));
    }
}
