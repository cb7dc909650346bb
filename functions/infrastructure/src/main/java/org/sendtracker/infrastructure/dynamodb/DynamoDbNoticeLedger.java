package org.sendtracker.infrastructure.dynamodb;

import jakarta.inject.Singleton;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.sendtracker.infrastructure.dynamodb.Items.item;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.BODY;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.SK;

/**
 * Emails in the inspection's item collection ({@code EMAIL#{notice key}}). The claim is a put that
 * succeeds only if the key was never written: two executions or a retried Lambda cannot both send.
 */
@Singleton
final class DynamoDbNoticeLedger implements NoticeLedger {

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoDbNoticeLedger(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    @Override
    public boolean claim(InspectionId inspection, SentEmail email) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(emailItem(inspection, email))
                    .conditionExpression(DynamoDbInspections.NOT_YET_WRITTEN));
            return true;
        } catch (ConditionalCheckFailedException alreadyClaimed) {
            return false;
        }
    }

    /** Only a claim still sending is settled: an outcome is written once. */
    static final String STILL_SENDING = "#status = :sending";

    @Override
    public void settle(InspectionId inspection, SentEmail outcome) {
        Transactions.put(() -> dynamo.putItem(b -> b.tableName(table).item(emailItem(inspection, outcome))
                        .conditionExpression(STILL_SENDING)
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":sending", AttributeValue.fromS(SentEmail.Status.SENDING.name())))),
                () -> "email " + outcome.key() + " of " + inspection + " was already settled");
    }

    @Override
    public List<SentEmail> emails(InspectionId inspection) {
        QueryRequest query = QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(DynamoDbInspections.pk(inspection)),
                        ":prefix", AttributeValue.fromS("EMAIL#")))
                .build();
        List<SentEmail> emails = Items.query(dynamo, query, SentEmail.class);
        emails.sort(Comparator.comparing(SentEmail::at));
        return emails;
    }

    private static Map<String, AttributeValue> emailItem(InspectionId inspection, SentEmail email) {
        return item().s(PK, DynamoDbInspections.pk(inspection)).s(SK, "EMAIL#" + email.key())
                .s("kind", "EMAIL").s("status", email.status().name())
                .s(BODY, JsonBodies.write(email))
                .build();
    }
}
