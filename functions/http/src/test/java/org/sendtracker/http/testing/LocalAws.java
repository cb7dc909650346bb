package org.sendtracker.http.testing;

import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;

/**
 * One DynamoDB Local server for the test JVM, and the SDK settings that point the real clients at
 * it (the same settings the local runner uses: no code path knows it is local).
 */
public final class LocalAws {

    private static EmbeddedDynamoDb dynamo;

    private LocalAws() {}

    public static synchronized EmbeddedDynamoDb dynamo() {
        if (dynamo == null) {
            dynamo = EmbeddedDynamoDb.inMemory();
            System.setProperty("aws.endpointUrlDynamoDb", dynamo.endpoint().toString());
            System.setProperty("aws.region", "eu-west-2");
            System.setProperty("aws.accessKeyId", "local");
            System.setProperty("aws.secretAccessKey", "local");
            Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close));
        }
        return dynamo;
    }
}
