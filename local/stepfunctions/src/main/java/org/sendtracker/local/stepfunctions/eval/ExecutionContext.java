package org.sendtracker.local.stepfunctions.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything one state may use while it runs: the clock, the context object, ids, the execution's
 * counters and the two integrations (Lambda, Step Functions). Nothing else of the engine is
 * reachable from a state; the runtime implements it for the state being run.
 */
public interface ExecutionContext extends Scope {

    Instant now();

    /** Sets {@code $$.State.RetryCount} for the attempt about to run. */
    void retryCount(int count);

    /** Issues the token of a callback task attempt; {@code $$.Task.Token} resolves from now on. */
    String issueTaskToken();

    /** The callback that arrived while this attempt's invocation was still running, if any. */
    Optional<TaskCallback> takeEarlyCallback(String token);

    /** Ends the callback attempt: from now on only a suspended wait accepts the token. */
    void endTokenAttempt();

    /** A retry enters the state again, which the service counts as a state transition. */
    void countRetryTransition();

    /** Counts one Task attempt (invocation and its history events). */
    void countTaskAttempt();

    /** Counts the TaskSubmitted event of a callback task. */
    void countTaskSubmitted();

    /**
     * Invokes a Lambda function.
     *
     * @throws StatesError with the function's error name when it fails
     */
    JsonNode invokeFunction(String functionName, JsonNode payload);

    /** Starts another execution (fire and forget); returns the integration's result object. */
    JsonNode startExecution(String stateMachineArn, String name, JsonNode input);
}
