package org.sendtracker.local.stepfunctions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sendtracker.local.stepfunctions.asl.DefinitionLoader;
import org.sendtracker.local.stepfunctions.asl.DefinitionSubstitutions;
import org.sendtracker.local.stepfunctions.asl.StateMachineDefinition;
import org.sendtracker.local.stepfunctions.asl.fields.InvalidDefinitionException;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.sendtracker.local.stepfunctions.eval.StatesError;
import org.sendtracker.local.stepfunctions.eval.Suspension;
import org.sendtracker.local.stepfunctions.eval.TaskCallback;
import org.sendtracker.local.stepfunctions.runtime.Arns;
import org.sendtracker.local.stepfunctions.runtime.Execution;
import org.sendtracker.local.stepfunctions.runtime.ExecutionEnvironment;
import org.sendtracker.local.stepfunctions.runtime.ExecutionLimits;
import org.sendtracker.local.stepfunctions.runtime.ExecutionRegistry;
import org.sendtracker.local.stepfunctions.runtime.FunctionFailure;
import org.sendtracker.local.stepfunctions.runtime.Interpreter;
import org.sendtracker.local.stepfunctions.runtime.Names;
import org.sendtracker.local.stepfunctions.runtime.ReentrancyGuard;
import org.sendtracker.local.stepfunctions.runtime.StateMachineRegistry;
import org.sendtracker.local.stepfunctions.runtime.TaskTokens;
import org.sendtracker.local.stepfunctions.store.EngineStore;
import org.sendtracker.local.stepfunctions.store.ExecutionSnapshot;
import org.sendtracker.local.stepfunctions.store.StateMachineSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local Step Functions service: holds state machines, runs their executions with the ASL
 * interpreter, and keeps both in an {@link EngineStore}.
 *
 * <p>An execution runs on the calling thread until it waits (a Wait state, a retry interval, a task
 * token) or ends. Waiting is a persisted timer: {@link #fireDueTimers()} resumes every execution
 * whose timer is due by the injected {@link Clock}; {@link #sendTaskSuccess} resumes a callback
 * task at once. Each execution is guarded by its own monitor, so calls for different executions
 * proceed in parallel and a Lambda handler may call the engine back from a Task.
 *
 * <p>Locks are taken in one order everywhere, outermost first: the caller's own (the local clock's,
 * while it moves time), then an execution's monitor, then the creation lock. A Task holds its
 * execution's monitor while it starts another execution, so the creation lock is innermost: nothing
 * holding it waits for an execution (it reads an existing execution's status, which is volatile,
 * without its monitor). The reverse order once deadlocked a timer pump continuing an execution as
 * new against a StartExecution request for that execution (see {@code LockOrderTest}).
 */
public final class StepFunctionsEngine {

    private static final Logger LOG = LoggerFactory.getLogger(StepFunctionsEngine.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EngineStore store;
    private final Clock clock;
    private final IdGenerator ids;
    private final ExecutionLimits limits;
    private final TaskInvoker taskInvoker;
    private final StateMachineRegistry stateMachines;
    private final ExecutionRegistry executions = new ExecutionRegistry();
    private final Interpreter interpreter;
    private final ReentrancyGuard reentrancy = new ReentrancyGuard();
    private final Queue<String> startedByTasks = new ConcurrentLinkedQueue<>();
    private final Object creationLock = new Object();

    /** Guards {@link #firingNow}: the calls of {@link #fireDueTimers} under way. */
    private final Object firing = new Object();

    private int firingNow;

    /** Set by {@link #stopTimers}: no timer fires from then on. */
    private volatile boolean timersStopped;

    public StepFunctionsEngine(
            EngineStore store, Clock clock, TaskInvoker taskInvoker, IdGenerator ids) {
        this.store = Objects.requireNonNull(store, "store == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.taskInvoker = Objects.requireNonNull(taskInvoker, "taskInvoker == null");
        this.ids = Objects.requireNonNull(ids, "ids == null");
        this.limits = ExecutionLimits.STANDARD_WORKFLOW;
        this.interpreter = new Interpreter(new Environment());
        this.stateMachines = new StateMachineRegistry(store, clock);
        store.loadExecutions().forEach(this::resume);
    }

    /**
     * An engine that keeps its state as JSON files under {@code directory} and resumes from them.
     */
    public static StepFunctionsEngine persistent(
            Path directory, Clock clock, TaskInvoker taskInvoker) {
        return new StepFunctionsEngine(
                EngineStore.directory(directory), clock, taskInvoker, IdGenerator.randomUuids());
    }

    /** An engine for unit tests that keeps its state in memory. */
    public static StepFunctionsEngine inMemory(Clock clock, TaskInvoker taskInvoker) {
        return new StepFunctionsEngine(
                EngineStore.inMemory(), clock, taskInvoker, IdGenerator.randomUuids());
    }

    // ---------------------------------------------------------------- state machines

    /**
     * Creates the state machine {@code name}, or replaces its definition when it exists (running
     * executions keep the definition they started with). {@code ${Name}} tokens are replaced from
     * {@code substitutions} first, as SAM's DefinitionSubstitutions are.
     *
     * @return the state machine ARN
     * @throws SfnApiException {@code InvalidDefinition} naming what is refused, {@code InvalidName}
     */
    public String createStateMachine(
            String name, String definition, Map<String, String> substitutions) {
        requireValidName(name);
        try {
            String substituted = DefinitionSubstitutions.apply(definition, substitutions);
            return stateMachines
                    .put(name, substituted, DefinitionLoader.parse(substituted))
                    .snapshot()
                    .stateMachineArn();
        } catch (InvalidDefinitionException e) {
            throw new SfnApiException(ApiError.INVALID_DEFINITION, e.getMessage(), e);
        }
    }

    /**
     * Creates or replaces a state machine whose definition needs no substitutions (the API's form).
     */
    public String createStateMachine(String name, String definition) {
        requireValidName(name);
        try {
            return stateMachines
                    .put(name, definition, DefinitionLoader.parse(definition))
                    .snapshot()
                    .stateMachineArn();
        } catch (InvalidDefinitionException e) {
            throw new SfnApiException(ApiError.INVALID_DEFINITION, e.getMessage(), e);
        }
    }

    public StateMachineDescription describeStateMachine(String stateMachineArn) {
        return stateMachines
                .byArn(stateMachineArn)
                .map(m -> describe(m.snapshot()))
                .orElseThrow(() -> stateMachineDoesNotExist(stateMachineArn));
    }

    public List<StateMachineDescription> listStateMachines() {
        return stateMachines.all().stream().map(m -> describe(m.snapshot())).toList();
    }

    // ---------------------------------------------------------------- executions

    /**
     * Starts an execution and runs it until it waits or ends. A {@code null} name is generated. As
     * for a Standard workflow, starting again with the name and input of a running execution
     * returns that execution; otherwise a used name fails with {@code ExecutionAlreadyExists}.
     */
    public StartedExecution startExecution(String stateMachineArn, String name, String input) {
        return inEngineCall(
                () -> {
                    JsonNode inputJson =
                            parseJson(
                                    input == null ? "{}" : input, ApiError.INVALID_EXECUTION_INPUT);
                    Execution execution = createExecution(stateMachineArn, name, inputJson);
                    runIfPending(execution);
                    return new StartedExecution(execution.arn(), execution.startDate());
                });
    }

    public ExecutionDescription describeExecution(String executionArn) {
        Execution execution = execution(executionArn);
        synchronized (execution) {
            return describe(execution);
        }
    }

    /** Executions of a state machine, newest first; {@code statusFilter} may be null. */
    public List<ExecutionDescription> listExecutions(
            String stateMachineArn, ExecutionStatus statusFilter) {
        String arn = describeStateMachine(stateMachineArn).stateMachineArn();
        return executions.ofStateMachine(arn).stream()
                .map(
                        e -> {
                            synchronized (e) {
                                return describe(e);
                            }
                        })
                .filter(d -> statusFilter == null || d.status() == statusFilter)
                .toList();
    }

    /** Aborts a running execution; returns its stop date (a closed execution is left as it is). */
    public Instant stopExecution(String executionArn, String error, String cause) {
        Execution execution = execution(executionArn);
        synchronized (execution) {
            if (!execution.status().isClosed()) {
                interpreter.abort(execution, error, cause);
                persist(execution);
            }
            return execution.stopDate();
        }
    }

    /** SendTaskSuccess: the callback task of {@code taskToken} succeeds with {@code output}. */
    public void sendTaskSuccess(String taskToken, String output) {
        JsonNode outputJson = parseJson(output, ApiError.INVALID_OUTPUT);
        complete(taskToken, new TaskCallback.Success(outputJson));
    }

    /** SendTaskFailure: the callback task of {@code taskToken} fails with {@code error}. */
    public void sendTaskFailure(String taskToken, String error, String cause) {
        complete(
                taskToken,
                new TaskCallback.Failure(error == null ? "" : error, cause == null ? "" : cause));
    }

    /**
     * SendTaskHeartbeat: accepted for a task that waits for {@code taskToken}. Heartbeat timeouts
     * are not implemented (HeartbeatSeconds is refused at load time), so it has no other effect.
     */
    public void sendTaskHeartbeat(String taskToken) {
        Execution execution = executionOfToken(taskToken);
        synchronized (execution) {
            awaitedTokenWait(execution, taskToken);
        }
    }

    /**
     * Resumes every execution whose timer (or deadline) is due by the engine clock, earliest first,
     * until none is due. Each timer fires once; none after {@link #stopTimers}.
     *
     * @return the number of timers fired
     */
    public int fireDueTimers() {
        synchronized (firing) {
            if (timersStopped) {
                return 0;
            }
            firingNow++;
        }
        try {
            return fireDueTimersNow();
        } finally {
            synchronized (firing) {
                firingNow--;
                firing.notifyAll();
            }
        }
    }

    /**
     * Fires no timer from now on (the process is stopping), and waits up to {@code timeout} for the
     * timers firing now to finish, so that a Task under way (a reminder being sent) completes while
     * what it calls is still there. Executions keep their timers, to fire after a restart.
     *
     * @return whether every timer that was firing finished within {@code timeout}
     */
    public boolean stopTimers(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (firing) {
            timersStopped = true;
            while (firingNow > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(firing, left);
            }
            return true;
        }
    }

    /** Whether {@link #stopTimers} was called. */
    public boolean timersStopped() {
        return timersStopped;
    }

    private int fireDueTimersNow() {
        return inEngineCall(
                () -> {
                    int fired = 0;
                    while (true) {
                        Instant now = clock.instant();
                        List<Execution> due = dueExecutions(now);
                        int firedNow = 0;
                        for (Execution execution : due) {
                            if (timersStopped) {
                                return fired + firedNow;
                            }
                            synchronized (execution) {
                                Optional<Instant> next = execution.nextDue(limits);
                                if (next.isPresent() && !next.get().isAfter(now)) {
                                    interpreter.fireTimer(execution);
                                    persist(execution);
                                    firedNow++;
                                }
                            }
                        }
                        fired += firedNow;
                        if (firedNow == 0) {
                            return fired;
                        }
                    }
                });
    }

    /** When the earliest timer of a running execution is due; empty when nothing runs. */
    public Optional<Instant> nextTimerDue() {
        return executions.all().stream()
                .map(
                        e -> {
                            synchronized (e) {
                                return e.nextDue(limits);
                            }
                        })
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    // ---------------------------------------------------------------- internals

    private List<Execution> dueExecutions(Instant now) {
        record Due(Execution execution, Instant at) {}
        return executions.all().stream()
                .map(
                        e -> {
                            synchronized (e) {
                                return e.nextDue(limits).map(at -> new Due(e, at)).orElse(null);
                            }
                        })
                .filter(d -> d != null && !d.at().isAfter(now))
                .sorted(Comparator.comparing(Due::at).thenComparing(d -> d.execution().arn()))
                .map(Due::execution)
                .toList();
    }

    private Execution createExecution(String stateMachineArn, String name, JsonNode input) {
        StateMachineRegistry.StateMachine machine =
                stateMachines
                        .byArn(stateMachineArn)
                        .orElseThrow(() -> stateMachineDoesNotExist(stateMachineArn));
        String executionName = name == null ? ids.newId() : name;
        requireValidName(executionName);
        String arn = Arns.execution(machine.snapshot().name(), executionName);
        synchronized (creationLock) {
            // Lock order: an execution's monitor may be held while the creation lock is taken (a
            // Task
            // continuing as new), so nothing here may wait for an execution's monitor.
            Optional<Execution> existing = executions.get(arn);
            if (existing.isPresent()) {
                if (existing.get().status() == ExecutionStatus.RUNNING
                        && existing.get().input().equals(input)) {
                    return existing.get();
                }
                throw new SfnApiException(
                        ApiError.EXECUTION_ALREADY_EXISTS,
                        "Execution Already Exists: '" + arn + "'");
            }
            Execution execution =
                    Execution.pendingStart(
                            arn,
                            executionName,
                            machine.snapshot().stateMachineArn(),
                            machine.snapshot().name(),
                            machine.snapshot().definition(),
                            machine.definition(),
                            input,
                            clock.instant());
            persist(execution); // not yet published: no other thread can reach it before it is
            // added
            executions.add(execution);
            return execution;
        }
    }

    private void runIfPending(Execution execution) {
        synchronized (execution) {
            if (execution.status() == ExecutionStatus.RUNNING
                    && execution.suspension() instanceof Suspension.StartPending) {
                interpreter.fireTimer(execution);
                persist(execution);
            }
        }
    }

    private void complete(String taskToken, TaskCallback callback) {
        inEngineCall(
                () -> {
                    Execution execution = executionOfToken(taskToken);
                    synchronized (execution) {
                        if (!execution.status().isClosed()
                                && execution.acceptEarlyCallback(taskToken, callback)) {
                            return null; // the task's invocation is still running on this thread
                        }
                        Suspension.AwaitingTaskToken wait = awaitedTokenWait(execution, taskToken);
                        Instant now = clock.instant();
                        if (execution
                                .nextDue(limits)
                                .filter(due -> !due.isAfter(now))
                                .isPresent()) {
                            interpreter.fireTimer(
                                    execution); // the task (or the execution) timed out first
                            persist(execution);
                            throw taskTimedOut();
                        }
                        interpreter.deliverCallback(execution, wait, callback);
                        persist(execution);
                        return null;
                    }
                });
    }

    private Suspension.AwaitingTaskToken awaitedTokenWait(Execution execution, String taskToken) {
        if (execution.suspension() instanceof Suspension.AwaitingTaskToken wait
                && wait.token().equals(taskToken)
                && !execution.status().isClosed()) {
            return wait;
        }
        throw taskTimedOut();
    }

    private Execution executionOfToken(String taskToken) {
        String arn =
                TaskTokens.executionArn(taskToken)
                        .orElseThrow(
                                () ->
                                        new SfnApiException(
                                                ApiError.INVALID_TOKEN,
                                                "Invalid Token: '" + taskToken + "'"));
        return executions
                .get(arn)
                .orElseThrow(
                        () ->
                                new SfnApiException(
                                        ApiError.TASK_DOES_NOT_EXIST,
                                        "Task Does Not Exist: '" + taskToken + "'"));
    }

    private static SfnApiException taskTimedOut() {
        return new SfnApiException(
                ApiError.TASK_TIMED_OUT, "Task Timed Out: 'Provided task does not exist anymore'");
    }

    private Execution execution(String executionArn) {
        return executions
                .get(executionArn)
                .orElseThrow(
                        () ->
                                new SfnApiException(
                                        ApiError.EXECUTION_DOES_NOT_EXIST,
                                        "Execution Does Not Exist: '" + executionArn + "'"));
    }

    private static SfnApiException stateMachineDoesNotExist(String arn) {
        return new SfnApiException(
                ApiError.STATE_MACHINE_DOES_NOT_EXIST,
                "State Machine Does Not Exist: '" + arn + "'");
    }

    private static void requireValidName(String name) {
        Names.problem(name)
                .ifPresent(
                        problem -> {
                            throw new SfnApiException(ApiError.INVALID_NAME, problem);
                        });
    }

    private static JsonNode parseJson(String text, ApiError error) {
        try {
            JsonNode node = JSON.readTree(text == null ? "" : text);
            if (node == null || node.isMissingNode()) {
                throw new SfnApiException(error, "Invalid JSON: the document is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new SfnApiException(error, "Invalid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Runs an engine call; executions started by Tasks meanwhile run when the outermost call ends.
     */
    private <T> T inEngineCall(Supplier<T> call) {
        reentrancy.enter();
        boolean outermost = false;
        try {
            return call.get();
        } finally {
            outermost = reentrancy.exit();
            if (outermost) {
                runExecutionsStartedByTasks();
            }
        }
    }

    private void runExecutionsStartedByTasks() {
        reentrancy.enter();
        try {
            String arn;
            while ((arn = startedByTasks.poll()) != null) {
                executions.get(arn).ifPresent(this::runIfPending);
            }
        } finally {
            reentrancy.exit();
        }
    }

    private void persist(Execution execution) {
        store.saveExecution(execution.snapshot());
    }

    private void resume(ExecutionSnapshot snapshot) {
        StateMachineDefinition definition;
        try {
            definition = DefinitionLoader.parse(snapshot.definition());
        } catch (InvalidDefinitionException e) {
            definition = null;
            LOG.warn(
                    "Stored execution {} has a definition that no longer loads: {}",
                    snapshot.executionArn(),
                    e.getMessage());
        }
        Execution execution = Execution.fromSnapshot(snapshot, definition);
        synchronized (execution) {
            if (definition == null && !execution.status().isClosed()) {
                interpreter.failUnrecoverable(
                        execution, "The execution's definition no longer loads in this engine");
                persist(execution);
            }
            executions.add(execution);
        }
    }

    private ExecutionDescription describe(Execution e) {
        return new ExecutionDescription(
                e.arn(),
                e.stateMachineArn(),
                e.name(),
                e.status(),
                e.startDate(),
                e.stopDate(),
                e.input().toString(),
                e.output() == null ? null : e.output().toString(),
                e.error(),
                e.cause(),
                e.suspension() == null ? null : e.suspension().stateName(),
                e.nextDue(limits).orElse(null),
                e.stats());
    }

    private static StateMachineDescription describe(StateMachineSnapshot s) {
        return new StateMachineDescription(
                s.stateMachineArn(), s.name(), s.definition(), s.creationDate(), s.updateDate());
    }

    /** What running executions may use of the engine. */
    private final class Environment implements ExecutionEnvironment {

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public String newId() {
            return ids.newId();
        }

        @Override
        public JsonNode invokeFunction(String functionName, JsonNode payload) {
            try {
                return taskInvoker.invoke(functionName, payload);
            } catch (TaskFailedException e) {
                throw new FunctionFailure(e.error(), e.errorCause());
            }
        }

        @Override
        public ExecutionLimits limits() {
            return limits;
        }

        @Override
        public JsonNode startExecutionFromTask(
                String stateMachineArn, String name, JsonNode input) {
            Execution started;
            try {
                started = createExecution(stateMachineArn, name, input);
            } catch (SfnApiException e) {
                // Service integration errors are named "StepFunctions.<Exception>".
                throw new StatesError(
                        "StepFunctions." + e.error().awsName() + "Exception", e.getMessage());
            }
            startedByTasks.add(started.arn());
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.put("ExecutionArn", started.arn());
            result.put("StartDate", started.startDate().toEpochMilli());
            return result;
        }

        @Override
        public String newTaskToken(Execution execution) {
            return TaskTokens.issue(execution.arn(), ids.newId());
        }
    }
}
