package org.sendtracker.local.stepfunctions.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.sendtracker.local.stepfunctions.eval.ExecutionStats;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.sendtracker.local.stepfunctions.eval.Suspension;

/**
 * Everything needed to resume an execution after a restart: the definition it started with, its
 * status, and where it waits (the document at the waiting point is inside the suspension).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionSnapshot(
        String executionArn,
        String name,
        String stateMachineArn,
        String stateMachineName,
        String definition,
        JsonNode input,
        ExecutionStatus status,
        Instant startDate,
        Instant stopDate,
        JsonNode output,
        String error,
        String cause,
        Suspension suspension,
        ExecutionStats stats) {}
