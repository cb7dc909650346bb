package org.sendtracker.local.stepfunctions.runtime;

import java.time.Duration;

/**
 * The Standard workflow quotas that the local engine enforces as failures, so a design that would
 * hit them in AWS fails locally too (AWS Step Functions developer guide, "Step Functions service
 * quotas": "Maximum execution time: 1 year" and "Maximum execution history size: 25,000 events").
 */
public record ExecutionLimits(int maxHistoryEvents, Duration maxDuration) {

    public static final ExecutionLimits STANDARD_WORKFLOW =
            new ExecutionLimits(25_000, Duration.ofDays(365));
}
