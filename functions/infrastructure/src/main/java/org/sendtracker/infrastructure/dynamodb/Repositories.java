package org.sendtracker.infrastructure.dynamodb;

import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.workflow.application.Workflows;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Repositories over a DynamoDB client of the caller's choosing, where the function's own would not
 * do: SnapStart priming's offline client ({@code ReminderPriming}), so that a synthetic
 * inspection's reminder and workflow state are written nowhere.
 */
public final class Repositories {

    private Repositories() {}

    public static NoticeLedger noticeLedger(DynamoDbClient dynamo, TableName table) {
        return new DynamoDbNoticeLedger(dynamo, table);
    }

    public static Workflows workflows(DynamoDbClient dynamo, TableName table) {
        return new DynamoDbWorkflows(dynamo, table);
    }
}
