package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * DynamoDB Local for the adapter tests: one in-memory server per test JVM, reached through the
 * SDK's own endpoint setting exactly as the production client is, and a fresh table per test. The
 * client refuses scans as production's does and records every request it sends.
 */
final class LocalDynamoDb implements AutoCloseable {

    private static EmbeddedDynamoDb server;

    final DynamoDbClient client;
    final TableName table;
    final Requests requests;

    private LocalDynamoDb(DynamoDbClient client, TableName table, Requests requests) {
        this.client = client;
        this.table = table;
        this.requests = requests;
    }

    static LocalDynamoDb withFreshTable() {
        return withTable(TableLayout::createIfMissing);
    }

    /**
     * A table as {@link TableLayout} made it before the OpenDeadlines index: two indexes, no record
     * of the backfill.
     */
    static LocalDynamoDb withTableBeforeOpenIndexes() {
        return withTable(
                (client, name) -> {
                    client.createTable(
                            b ->
                                    b.tableName(name)
                                            .billingMode(BillingMode.PAY_PER_REQUEST)
                                            .attributeDefinitions(
                                                    Stream.of(
                                                                    "PK", "SK", "GSI1PK", "GSI1SK",
                                                                    "GSI2PK", "GSI2SK")
                                                            .map(
                                                                    a ->
                                                                            AttributeDefinition
                                                                                    .builder()
                                                                                    .attributeName(
                                                                                            a)
                                                                                    .attributeType(
                                                                                            ScalarAttributeType
                                                                                                    .S)
                                                                                    .build())
                                                            .toList())
                                            .keySchema(key("PK", "SK"))
                                            .globalSecondaryIndexes(
                                                    index("ByArea", "GSI1PK", "GSI1SK"),
                                                    index("ByDate", "GSI2PK", "GSI2SK")));
                    client.waiter().waitUntilTableExists(b -> b.tableName(name));
                });
    }

    private static List<KeySchemaElement> key(String partition, String sort) {
        return List.of(
                KeySchemaElement.builder().attributeName(partition).keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName(sort).keyType(KeyType.RANGE).build());
    }

    private static GlobalSecondaryIndex index(String name, String partition, String sort) {
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(key(partition, sort))
                .projection(p -> p.projectionType(ProjectionType.ALL))
                .build();
    }

    private static LocalDynamoDb withTable(BiConsumer<DynamoDbClient, String> create) {
        startServer();
        Requests requests = new Requests();
        DynamoDbClient client =
                DynamoDbClient.builder()
                        .httpClient(UrlConnectionHttpClient.create())
                        .overrideConfiguration(
                                c ->
                                        c.addExecutionInterceptor(requests)
                                                .addExecutionInterceptor(new NoScanInterceptor()))
                        .build();
        TableName table = new TableName("SendTracker-" + UUID.randomUUID());
        create.accept(client, table.value());
        requests.clear();
        return new LocalDynamoDb(client, table, requests);
    }

    private static synchronized void startServer() {
        if (server == null) {
            server = EmbeddedDynamoDb.inMemory();
            System.setProperty("aws.endpointUrlDynamoDb", server.endpoint().toString());
            System.setProperty("aws.region", "eu-west-2");
            System.setProperty("aws.accessKeyId", "local");
            System.setProperty("aws.secretAccessKey", "local");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
    }

    @Override
    public void close() {
        client.deleteTable(b -> b.tableName(table.value()));
        client.close();
    }

    /** Every request the client sent, in order, as the SDK saw it before signing. */
    static final class Requests implements ExecutionInterceptor {

        private final List<SdkRequest> sent = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(
                Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
            sent.add(context.request());
        }

        List<SdkRequest> all() {
            return List.copyOf(sent);
        }

        <T extends SdkRequest> List<T> ofType(Class<T> type) {
            return sent.stream().filter(type::isInstance).map(type::cast).toList();
        }

        void clear() {
            sent.clear();
        }

        /**
         * The puts of the one transaction sent since the last {@link #clear}; fails if there was
         * not exactly one.
         */
        /** The puts of the one transaction sent (not its updates, such as the area's digest). */
        List<Put> putsOfTheOnlyTransaction() {
            return itemsOfTheOnlyTransaction().stream()
                    .map(TransactWriteItem::put)
                    .filter(Objects::nonNull)
                    .toList();
        }

        List<TransactWriteItem> itemsOfTheOnlyTransaction() {
            List<TransactWriteItemsRequest> transactions = ofType(TransactWriteItemsRequest.class);
            assertThat(transactions).as("transactions sent").hasSize(1);
            return transactions.get(0).transactItems();
        }
    }
}
