package org.sendtracker.workflow.lambda;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.environment.EnvironmentProvider;
import software.amazon.cloudwatchlogs.emf.environment.LambdaEnvironment;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsBuilder;
import software.amazon.lambda.powertools.metrics.internal.EmfMetricsLogger;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * The workflow functions' metrics, in CloudWatch embedded metric format through Powertools for AWS
 * Lambda (its programmatic API: no AspectJ). Namespace {@code POWERTOOLS_METRICS_NAMESPACE}
 * (template: {@code SendTracker}), dimension {@code Service} = {@code POWERTOOLS_SERVICE_NAME}; the
 * {@code EmailsNotDelivered} alarm of template.yaml reads {@code EmailsFailed} and {@code
 * EmailsBounced}.
 *
 * <p>The EMF document is always written to standard output, where Lambda ships it to CloudWatch
 * Logs (which extracts the metrics): the library's own environment discovery would otherwise probe
 * EC2 metadata and a CloudWatch agent when run outside Lambda (tests, the local runner).
 */
final class FunctionMetrics {

    private static final Metrics METRICS =
            MetricsBuilder.builder()
                    .withMetricsProvider(
                            () -> new EmfMetricsLogger(new StandardOutput(), new MetricsContext()))
                    .withNamespace(setting("POWERTOOLS_METRICS_NAMESPACE", "SendTracker"))
                    .withService(setting("POWERTOOLS_SERVICE_NAME", "sendtracker"))
                    .build();

    private FunctionMetrics() {}

    /**
     * Records the counts (a zero too: an alarm then sees 0, not missing data) and, when given, a
     * duration in milliseconds, and flushes them as one EMF document.
     */
    static void flush(Map<String, Integer> counts, String durationName, Long durationMillis) {
        counts.forEach((name, count) -> METRICS.addMetric(name, count, MetricUnit.COUNT));
        if (durationMillis != null) {
            METRICS.addMetric(durationName, durationMillis, MetricUnit.MILLISECONDS);
        }
        METRICS.flush();
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** Lambda's environment (a console sink) wherever the function runs. */
    private static final class StandardOutput extends EnvironmentProvider {
        private static final Environment LAMBDA = new LambdaEnvironment();

        @Override
        public CompletableFuture<Environment> resolveEnvironment() {
            return CompletableFuture.completedFuture(LAMBDA);
        }
    }
}
