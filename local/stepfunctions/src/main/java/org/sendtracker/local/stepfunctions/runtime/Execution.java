package org.sendtracker.local.stepfunctions.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.local.stepfunctions.asl.StateMachineDefinition;
import org.sendtracker.local.stepfunctions.eval.ExecutionStats;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.eval.Suspension;
import org.sendtracker.local.stepfunctions.eval.TaskCallback;
import org.sendtracker.local.stepfunctions.store.ExecutionSnapshot;

/**
 * The mutable state of one execution. Every method is called with this object's monitor held (the
 * engine synchronizes on the execution), which is what makes the engine thread-safe; the immutable
 * fields and {@link #status()} may also be read without it.
 */
public final class Execution {

    private final String arn;
    private final String name;
    private final String stateMachineArn;
    private final String stateMachineName;
    private final String definitionText;
    private final StateMachineDefinition definition;
    private final JsonNode input;
    private final Instant startDate;

    /**
     * Volatile: the engine reads it without the monitor when a start names an existing execution.
     */
    private volatile ExecutionStatus status = ExecutionStatus.RUNNING;

    private Instant stopDate;
    private JsonNode output;
    private String error;
    private String cause;
    private Suspension suspension;
    private long stateTransitions;
    private long taskInvocations;
    private long historyEvents;

    /**
     * Token of the task attempt in progress, so a callback arriving during the invocation is kept.
     */
    private String tokenInFlight;

    private final Map<String, TaskCallback> earlyCallbacks = new HashMap<>();

    private Execution(
            String arn,
            String name,
            String stateMachineArn,
            String stateMachineName,
            String definitionText,
            StateMachineDefinition definition,
            JsonNode input,
            Instant startDate) {
        this.arn = arn;
        this.name = name;
        this.stateMachineArn = stateMachineArn;
        this.stateMachineName = stateMachineName;
        this.definitionText = definitionText;
        this.definition = definition;
        this.input = input;
        this.startDate = startDate;
    }

    /**
     * A new execution that begins when {@code fireTimer} runs its {@link Suspension.StartPending}.
     */
    public static Execution pendingStart(
            String arn,
            String name,
            String stateMachineArn,
            String stateMachineName,
            String definitionText,
            StateMachineDefinition definition,
            JsonNode input,
            Instant startDate) {
        Execution execution =
                new Execution(
                        arn,
                        name,
                        stateMachineArn,
                        stateMachineName,
                        definitionText,
                        definition,
                        input,
                        startDate);
        execution.suspension = new Suspension.StartPending(startDate);
        return execution;
    }

    public static Execution fromSnapshot(ExecutionSnapshot s, StateMachineDefinition definition) {
        Execution e =
                new Execution(
                        s.executionArn(),
                        s.name(),
                        s.stateMachineArn(),
                        s.stateMachineName(),
                        s.definition(),
                        definition,
                        s.input(),
                        s.startDate());
        e.status = s.status();
        e.stopDate = s.stopDate();
        e.output = s.output();
        e.error = s.error();
        e.cause = s.cause();
        e.suspension = s.suspension();
        ExecutionStats stats = s.stats() == null ? ExecutionStats.NONE : s.stats();
        e.stateTransitions = stats.stateTransitions();
        e.taskInvocations = stats.taskInvocations();
        e.historyEvents = stats.historyEvents();
        return e;
    }

    public ExecutionSnapshot snapshot() {
        return new ExecutionSnapshot(
                arn,
                name,
                stateMachineArn,
                stateMachineName,
                definitionText,
                input,
                status,
                startDate,
                stopDate,
                output,
                error,
                cause,
                suspension,
                stats());
    }

    /**
     * When the execution times out: its top-level {@code TimeoutSeconds}, or else the Standard
     * workflow's maximum duration.
     */
    public Instant deadline(ExecutionLimits limits) {
        Instant hardLimit = startDate.plus(limits.maxDuration());
        return timeoutSecondsDeadline().filter(d -> d.isBefore(hardLimit)).orElse(hardLimit);
    }

    /** The cause recorded when the execution times out at {@link #deadline}. */
    public String deadlineCause(ExecutionLimits limits) {
        Instant hardLimit = startDate.plus(limits.maxDuration());
        if (timeoutSecondsDeadline().filter(d -> d.isBefore(hardLimit)).isPresent()) {
            return "The execution ran longer than its TimeoutSeconds ("
                    + definition.timeoutSeconds().orElseThrow()
                    + " s)";
        }
        return "The execution exceeded the maximum duration of a Standard workflow ("
                + limits.maxDuration().toDays()
                + " days)";
    }

    private Optional<Instant> timeoutSecondsDeadline() {
        return definition == null
                ? Optional.empty()
                : definition.timeoutSeconds().map(s -> startDate.plus(Duration.ofSeconds(s)));
    }

    /** When the engine must next look at this execution: its timer or its deadline. */
    public Optional<Instant> nextDue(ExecutionLimits limits) {
        if (status.isClosed()) {
            return Optional.empty();
        }
        Instant deadline = deadline(limits);
        return Optional.of(
                suspension == null
                        ? deadline
                        : suspension.dueAt().filter(d -> d.isBefore(deadline)).orElse(deadline));
    }

    /**
     * Adds history events; the Standard workflow quota makes the execution fail once exceeded.
     *
     * @throws StatesError {@code States.Runtime} when the quota is exceeded
     */
    public void recordHistoryEvents(int count, ExecutionLimits limits) {
        historyEvents += count;
        if (historyEvents > limits.maxHistoryEvents()) {
            throw StatesError.runtime(
                    "The execution history exceeded the limit of "
                            + String.format("%,d", limits.maxHistoryEvents())
                            + " events of a Standard workflow");
        }
    }

    /** Counts an event that closes the execution; never fails it a second time. */
    void recordTerminalEvent() {
        historyEvents++;
    }

    void countStateTransition() {
        stateTransitions++;
    }

    void countTaskInvocation() {
        taskInvocations++;
    }

    void suspend(Suspension suspension) {
        this.suspension = suspension;
    }

    void close(ExecutionStatus status, Instant at, JsonNode output, String error, String cause) {
        this.status = status;
        this.stopDate = at;
        this.output = output;
        this.error = error;
        this.cause = cause;
        this.suspension = null;
        this.tokenInFlight = null;
        this.earlyCallbacks.clear();
    }

    void clearSuspension() {
        this.suspension = null;
    }

    void beginTokenAttempt(String token) {
        this.tokenInFlight = token;
    }

    void endTokenAttempt() {
        this.tokenInFlight = null;
    }

    /** Keeps a callback that arrived while its task's invocation was still running. */
    public boolean acceptEarlyCallback(String token, TaskCallback callback) {
        if (token.equals(tokenInFlight)) {
            earlyCallbacks.put(token, callback);
            return true;
        }
        return false;
    }

    Optional<TaskCallback> takeEarlyCallback(String token) {
        return Optional.ofNullable(earlyCallbacks.remove(token));
    }

    public String arn() {
        return arn;
    }

    public String name() {
        return name;
    }

    public String stateMachineArn() {
        return stateMachineArn;
    }

    public String stateMachineName() {
        return stateMachineName;
    }

    public StateMachineDefinition definition() {
        return definition;
    }

    public JsonNode input() {
        return input;
    }

    public Instant startDate() {
        return startDate;
    }

    public ExecutionStatus status() {
        return status;
    }

    public Instant stopDate() {
        return stopDate;
    }

    public JsonNode output() {
        return output;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }

    public Suspension suspension() {
        return suspension;
    }

    public ExecutionStats stats() {
        return new ExecutionStats(stateTransitions, taskInvocations, historyEvents);
    }
}
