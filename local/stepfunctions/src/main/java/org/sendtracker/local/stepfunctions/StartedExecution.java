package org.sendtracker.local.stepfunctions;

import java.time.Instant;

/** The answer to StartExecution. */
public record StartedExecution(String executionArn, Instant startDate) {}
