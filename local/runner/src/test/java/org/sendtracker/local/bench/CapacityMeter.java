package org.sendtracker.local.bench;

import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * For the benchmark only (a global SDK interceptor on the test classpath, idle unless enabled):
 * asks DynamoDB for the capacity each request consumed and adds it up, so the cost per inspection
 * comes from measured read and write units rather than a guess.
 */
public final class CapacityMeter implements ExecutionInterceptor {

    static volatile boolean enabled;
    static final DoubleAdder READ_UNITS = new DoubleAdder();
    static final DoubleAdder WRITE_UNITS = new DoubleAdder();
    static final LongAdder REQUESTS = new LongAdder();

    /**
     * Items DynamoDB read (a query's scanned count, a get's item, a batch get's items), before any
     * filter.
     */
    static final LongAdder ITEMS_READ = new LongAdder();

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (!enabled) {
            return context.request();
        }
        SdkRequest request = context.request();
        if (request instanceof GetItemRequest get) {
            return get.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof PutItemRequest put) {
            return put.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof QueryRequest query) {
            return query.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof BatchGetItemRequest batch) {
            return batch.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        }
        if (request instanceof TransactWriteItemsRequest transaction) {
            return transaction.toBuilder()
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .build();
        }
        return request;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (!enabled) {
            return;
        }
        Object response = context.response();
        if (response instanceof GetItemResponse get) {
            REQUESTS.increment();
            ITEMS_READ.add(get.hasItem() ? 1 : 0);
            read(get.consumedCapacity(), 0.5);
        } else if (response instanceof QueryResponse query) {
            REQUESTS.increment();
            ITEMS_READ.add(query.scannedCount() == null ? 0 : query.scannedCount());
            read(query.consumedCapacity(), 0.5);
        } else if (response instanceof BatchGetItemResponse batch) {
            REQUESTS.increment();
            ITEMS_READ.add(batch.responses().values().stream().mapToLong(List::size).sum());
            batch.consumedCapacity().forEach(capacity -> read(capacity, 0.5));
        } else if (response instanceof PutItemResponse put) {
            REQUESTS.increment();
            write(put.consumedCapacity() == null ? List.of() : List.of(put.consumedCapacity()), 1);
        } else if (response instanceof TransactWriteItemsResponse transaction) {
            REQUESTS.increment();
            write(transaction.consumedCapacity(), 2);
        }
    }

    /**
     * Capacity as DynamoDB reports it; where the local server reports none, the smallest a request
     * can cost.
     */
    private static void read(ConsumedCapacity capacity, double least) {
        READ_UNITS.add(
                capacity != null && capacity.capacityUnits() != null
                        ? capacity.capacityUnits()
                        : least);
    }

    private static void write(List<ConsumedCapacity> capacities, double least) {
        double units =
                capacities.stream()
                        .filter(c -> c.capacityUnits() != null)
                        .mapToDouble(ConsumedCapacity::capacityUnits)
                        .sum();
        WRITE_UNITS.add(units > 0 ? units : least);
    }
}
