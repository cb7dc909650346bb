package org.sendtracker.local.logs;

import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;

/** Starts and stops DynamoDB Local once, in a JVM of its own: what {@link LocalLogsTest} runs. */
public final class StartDynamoDbLocal {

    private StartDynamoDbLocal() {}

    public static void main(String[] args) {
        try (EmbeddedDynamoDb dynamoDb = EmbeddedDynamoDb.inMemory()) {
            System.out.println("DynamoDB Local answered at " + dynamoDb.endpoint());
        }
    }
}
