package org.sendtracker.workflow.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.environment.EnvironmentProvider;
import software.amazon.cloudwatchlogs.emf.environment.LambdaEnvironment;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;
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
 * <p>The EMF document is written to standard output, where Lambda ships it to CloudWatch Logs
 * (which extracts the metrics): the library's own environment discovery would otherwise probe EC2
 * metadata and a CloudWatch agent when run outside Lambda (tests, the local runner). Where the
 * system property {@value #METRICS_FILE} names a file (the local runner names one in its data
 * folder), the documents are appended there instead, one a line, so a console stays readable.
 */
public final class FunctionMetrics {

    /** The system property naming a file the EMF documents go to instead of standard output. */
    public static final String METRICS_FILE = "sendtracker.metrics-file";

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

    /** Lambda's environment wherever the function runs. */
    private static final class StandardOutput extends EnvironmentProvider {
        private static final Environment LAMBDA = new LambdaOrFile();

        @Override
        public CompletableFuture<Environment> resolveEnvironment() {
            return CompletableFuture.completedFuture(LAMBDA);
        }
    }

    /** Lambda's console sink, or the file {@value #METRICS_FILE} names, read at each flush. */
    private static final class LambdaOrFile extends LambdaEnvironment {
        private final ISink console = super.getSink();

        @Override
        public ISink getSink() {
            return new ISink() {
                @Override
                public void accept(MetricsContext context) {
                    String file = System.getProperty(METRICS_FILE);
                    if (file == null || file.isBlank()) {
                        console.accept(context);
                    } else {
                        append(Path.of(file), context);
                    }
                }

                @Override
                public CompletableFuture<Void> shutdown() {
                    return CompletableFuture.completedFuture(null);
                }
            };
        }

        private static synchronized void append(Path file, MetricsContext context) {
            try {
                List<String> documents = context.serialize();
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.write(
                        file,
                        documents,
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append metrics to " + file, e);
            }
        }
    }
}
