package org.sendtracker.infrastructure.dynamodb;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Refuses every {@code Scan}: requests read by key or index only, so their cost does not grow with
 * the table. Installed on the production client, so a scan that slips in fails its first test.
 */
public final class NoScanInterceptor implements ExecutionInterceptor {

    @Override
    public void beforeExecution(
            Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
        if (context.request() instanceof ScanRequest scan) {
            throw new IllegalStateException(
                    "Scan of " + scan.tableName() + " refused: read by key or index instead");
        }
    }
}
