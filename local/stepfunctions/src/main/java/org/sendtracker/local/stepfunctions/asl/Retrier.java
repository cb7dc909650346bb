package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;

/**
 * One element of {@code Retry}. ASL spec, "Retrying after error": "IntervalSeconds ... the number
 * of seconds before the first retry attempt (default 1); MaxAttempts ... the maximum number of
 * retry attempts (default 3) ... A value of 0 is permitted and indicates that the error or errors
 * should never be retried; BackoffRate ... the multiplier by which the retry interval increases
 * during each attempt (default 2.0)." AWS adds MaxDelaySeconds, "the maximum value, in seconds, to
 * which a retry interval can increase". JitterStrategy is not implemented.
 */
public record Retrier(
        ErrorEquals errorEquals,
        long intervalSeconds,
        long maxAttempts,
        double backoffRate,
        Long maxDelaySeconds) {

    public static final long DEFAULT_INTERVAL_SECONDS = 1;
    public static final long DEFAULT_MAX_ATTEMPTS = 3;
    public static final double DEFAULT_BACKOFF_RATE = 2.0;

    private static final Set<String> FIELDS =
            Set.of(
                    "ErrorEquals",
                    "IntervalSeconds",
                    "MaxAttempts",
                    "BackoffRate",
                    "MaxDelaySeconds",
                    "Comment");

    static Retrier parse(String stateName, JsonNode node, boolean last) {
        StateFields fields = new StateFields(stateName, node, FIELDS);
        return new Retrier(
                ErrorEquals.parse(fields, "Retrier", last),
                fields.optionalInteger("IntervalSeconds", 1, 99_999_999)
                        .orElse(DEFAULT_INTERVAL_SECONDS),
                fields.optionalInteger("MaxAttempts", 0, 99_999_999).orElse(DEFAULT_MAX_ATTEMPTS),
                fields.optionalNumber("BackoffRate", 1.0).orElse(DEFAULT_BACKOFF_RATE),
                fields.optionalInteger("MaxDelaySeconds", 1, 31_622_400).orElse(null));
    }

    /**
     * The pause before the retry that follows {@code retriesSoFar} earlier retries of this Retrier.
     */
    public Duration delayBeforeRetry(int retriesSoFar) {
        double seconds = intervalSeconds * Math.pow(backoffRate, retriesSoFar);
        if (maxDelaySeconds != null) {
            seconds = Math.min(seconds, maxDelaySeconds);
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
