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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Emails in the inspection's item collection ({@code EMAIL#{notice key}}). The claim is a put that
 * succeeds only if the key was never written: two executions or a retried Lambda cannot both send.
 * A claim still sending and an email that failed, bounced or was rejected are also in the ByDate
 * index, in one {@code UNDELIVERED} partition sorted by time; settling one as sent (or delivered)
 * rewrites it without those keys, which takes it out of the index (a sparse index of what may need
 * a person's attention), and so does marking one as dealt with; a bounce reported later puts it
 * back.
 */
@Singleton
final class DynamoDbNoticeLedger implements NoticeLedger {

    /** Fixed width, so that the index's string order is time order. */
    private final DynamoDbClient dynamo;

    private final String table;

    DynamoDbNoticeLedger(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    @Override
    public boolean claim(InspectionId inspection, SentEmail email) {
        try {
            dynamo.putItem(
                    b ->
                            b.tableName(table)
                                    .item(emailItem(inspection, email))
                                    .conditionExpression(DynamoDbInspections.NOT_YET_WRITTEN));
            return true;
        } catch (ConditionalCheckFailedException alreadyClaimed) {
            return false;
        }
    }

    /** Only a claim still sending is settled: an outcome is written once. */
    static final String STILL_SENDING = "#status = :status";

    @Override
    public void settle(InspectionId inspection, SentEmail outcome) {
        replace(
                inspection,
                outcome,
                STILL_SENDING,
                SentEmail.Status.SENDING,
                () -> "was already settled");
    }

    /** Only as read: a delivery event never overwrites a change it did not see. */
    static final String UNCHANGED = "#status = :status";

    @Override
    public void recordDelivery(InspectionId inspection, SentEmail current, SentEmail reported) {
        replace(
                inspection,
                reported,
                UNCHANGED,
                current.status(),
                () -> "changed since it was read");
    }

    @Override
    public List<SentEmail> emails(InspectionId inspection) {
        List<SentEmail> emails =
                Items.collection(
                        dynamo,
                        table,
                        DynamoDbInspections.pk(inspection),
                        TableKeys.EMAIL_PREFIX,
                        SentEmail.class);
        emails.sort(Comparator.comparing(SentEmail::at));
        return emails;
    }

    @Override
    public Optional<SentEmail> email(InspectionId inspection, String key) {
        return Items.get(
                dynamo,
                table,
                DynamoDbInspections.pk(inspection),
                TableKeys.email(key),
                SentEmail.class);
    }

    /**
     * Only as read: the same status and not yet dealt with (a claim settled meanwhile is refused).
     */
    static final String UNCHANGED_AND_NOT_DEALT_WITH =
            "#status = :status AND attribute_not_exists(dealtWithBy)";

    @Override
    public void markDealtWith(InspectionId inspection, SentEmail current, SentEmail dealtWith) {
        replace(
                inspection,
                dealtWith,
                UNCHANGED_AND_NOT_DEALT_WITH,
                current.status(),
                () -> "changed since it was read");
    }

    /**
     * Rewrites the email's item if {@code condition} holds, with {@code :status} bound to {@code
     * status}.
     */
    private void replace(
            InspectionId inspection,
            SentEmail email,
            String condition,
            SentEmail.Status status,
            Supplier<String> why) {
        Transactions.put(
                () ->
                        dynamo.putItem(
                                b ->
                                        b.tableName(table)
                                                .item(emailItem(inspection, email))
                                                .conditionExpression(condition)
                                                .expressionAttributeNames(
                                                        Map.of("#status", "status"))
                                                .expressionAttributeValues(
                                                        Map.of(
                                                                ":status",
                                                                AttributeValue.fromS(
                                                                        status.name())))),
                () -> "email " + email.key() + " of " + inspection + " " + why.get());
    }

    @Override
    public List<Ledgered> failedOrUnsettledSince(Instant since) {
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(GSI2)
                        .keyConditionExpression("#pk = :pk AND #sk >= :since")
                        .expressionAttributeNames(Map.of("#pk", GSI2PK, "#sk", GSI2SK))
                        .expressionAttributeValues(
                                Map.of(
                                        ":pk",
                                        AttributeValue.fromS(TableKeys.UNDELIVERED),
                                        ":since",
                                        AttributeValue.fromS(TableKeys.undeliveredFrom(since))))
                        .build();
        List<Ledgered> found = new ArrayList<>();
        dynamo.queryPaginator(query)
                .items()
                .forEach(
                        stored ->
                                found.add(
                                        new Ledgered(
                                                new InspectionId(
                                                        Items.string(stored, "inspectionId")),
                                                JsonBodies.read(
                                                        Items.string(stored, BODY),
                                                        SentEmail.class))));
        return found;
    }

    private static Map<String, AttributeValue> emailItem(InspectionId inspection, SentEmail email) {
        Items item =
                item().s(PK, DynamoDbInspections.pk(inspection))
                        .s(SK, TableKeys.email(email.key()))
                        .s("kind", "EMAIL")
                        .s("status", email.status().name())
                        .s("inspectionId", inspection.value())
                        .s(BODY, JsonBodies.write(email));
        if (email.dealtWith() != null) {
            item.s("dealtWithBy", email.dealtWith().by());
            if (email.dealtWith().byId() != null) {
                item.s("dealtWithById", email.dealtWith().byId());
            }
        } else if (email.mayNeedAttention()) {
            item.s(GSI2PK, TableKeys.UNDELIVERED)
                    .s(GSI2SK, TableKeys.undelivered(email.at(), inspection, email.key()));
        }
        return item.build();
    }
}
