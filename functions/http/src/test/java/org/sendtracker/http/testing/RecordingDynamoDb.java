package org.sendtracker.http.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sendtracker.infrastructure.dynamodb.NoScanInterceptor;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Swaps in a DynamoDB client that records the name of every operation the application sends (and
 * every query whole), for stacks started with {@link #ENABLED} set. It keeps the production
 * client's {@link NoScanInterceptor}, after the recorder, so a scan is both recorded and refused.
 */
@Factory
@Requires(property = RecordingDynamoDb.ENABLED, value = "true")
public final class RecordingDynamoDb {

    public static final String ENABLED = "sendtracker.test.record-dynamodb-operations";

    @Singleton
    Operations operations() {
        return new Operations();
    }

    @Singleton
    @Replaces(DynamoDbClient.class)
    DynamoDbClient dynamoDb(Operations operations) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(
                        c ->
                                c.addExecutionInterceptor(operations)
                                        .addExecutionInterceptor(new NoScanInterceptor()))
                .build();
    }

    /** The DynamoDB operations sent so far ("GetItem", "Query", …), in order. */
    public static final class Operations implements ExecutionInterceptor {

        private final List<String> names = new CopyOnWriteArrayList<>();
        private final List<QueryRequest> queries = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(
                Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
            names.add(executionAttributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            if (context.request() instanceof QueryRequest query) {
                queries.add(query);
            }
        }

        public List<String> names() {
            return List.copyOf(names);
        }

        /** The queries sent so far, in order. */
        public List<QueryRequest> queries() {
            return List.copyOf(queries);
        }

        public void clear() {
            names.clear();
            queries.clear();
        }
    }
}
