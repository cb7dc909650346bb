package org.sendtracker.local.stepfunctions;

import java.time.Instant;
import org.sendtracker.local.stepfunctions.eval.ExecutionStats;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;

/**
 * The answer to DescribeExecution, plus what the local engine can tell: the state the execution
 * waits in, when its next timer is due, and its counters. Absent values are {@code null}.
 */
public record ExecutionDescription(
        String executionArn,
        String stateMachineArn,
        String name,
        ExecutionStatus status,
        Instant startDate,
        Instant stopDate,
        String input,
        String output,
        String error,
        String cause,
        String waitingInState,
        Instant nextTimerDue,
        ExecutionStats stats) {}
