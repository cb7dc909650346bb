package org.sendtracker.local.stepfunctions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.local.stepfunctions.ApiError;
import org.sendtracker.local.stepfunctions.ExecutionDescription;
import org.sendtracker.local.stepfunctions.SfnApiException;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.stepfunctions.TaskInvoker;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.sendtracker.local.stepfunctions.testing.Deadlocks;
import org.sendtracker.testing.SettableClock;

/**
 * The engine driven from many threads at once, as the local runner drives it: timer pumps, starts
 * (new ones, and repeats of running ones), callbacks, and the clock moving. Each chain of
 * executions ticks a known number of times, waiting for a callback or a timeout between ticks and
 * continuing as new between generations, like the inspection workflow. The work is bounded;
 * afterwards one thread finishes what is left. The verdict: no deadlock (a thread dump if any), and
 * every tick of every chain ran exactly once: none lost, none doubled.
 */
class ConcurrencyStressTest {

    private static final int CHAINS = 24;
    private static final int GENERATIONS = 3;
    private static final int TICKS_PER_GENERATION = 4;

    /** Each thread works until every chain has ended, at most this many times and this long. */
    private static final int MAX_OPERATIONS_PER_THREAD = 1_000_000;

    private static final Duration MAX_WORK = Duration.ofSeconds(60);

    /**
     * Tick, then wait for a callback or 60 s; after the last tick of a generation, continue as new.
     */
    private static final String CHAIN =
            """
      {"StartAt": "Tick", "States": {
        "Tick": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:tick",
          "Parameters": {"chain.$": "$.chain", "generation.$": "$.generation", "loop.$": "$.loop"},
          "ResultPath": "$.decision", "Next": "Decide"},
        "Decide": {"Type": "Choice", "Choices": [
            {"Variable": "$.decision.action", "StringEquals": "WAIT", "Next": "WaitForCallbackOrTimer"},
            {"Variable": "$.decision.action", "StringEquals": "RESTART", "Next": "ContinueAsNew"}],
          "Default": "Done"},
        "WaitForCallbackOrTimer": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
          "Parameters": {"FunctionName": "wait", "Payload": {"taskToken.$": "$$.Task.Token"}},
          "TimeoutSeconds": 60, "ResultPath": null,
          "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": null, "Next": "NextTick"}],
          "Next": "NextTick"},
        "NextTick": {"Type": "Pass",
          "Parameters": {"chain.$": "$.chain", "generation.$": "$.generation", "loop.$": "States.MathAdd($.loop, 1)"},
          "Next": "Tick"},
        "ContinueAsNew": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
          "Parameters": {"StateMachineArn.$": "$$.StateMachine.Id",
            "Name.$": "States.Format('chain-{}-g{}', $.chain, $.decision.nextGeneration)",
            "Input": {"chain.$": "$.chain", "generation.$": "$.decision.nextGeneration", "loop": 0}},
          "Catch": [{"ErrorEquals": ["StepFunctions.ExecutionAlreadyExistsException"], "ResultPath": null, "Next": "Done"}],
          "End": true},
        "Done": {"Type": "Succeed"}}}
      """;

    @TempDir Path directory;

    private final SettableClock clock = SettableClock.at("2024-01-01T00:00:00Z");
    private final Map<String, AtomicInteger> ticks = new ConcurrentHashMap<>();
    private final BlockingQueue<String> tokens = new LinkedBlockingQueue<>();
    private final long workUntil = System.nanoTime() + MAX_WORK.toNanos();

    /**
     * Executions at their last tick, before they continue as new, waiting for a starter to start
     * them again: that start, while the execution runs, takes the path that once deadlocked the
     * engine.
     */
    private final Queue<int[]> wantRepeatStart = new ConcurrentLinkedQueue<>();

    private final Set<String> repeatStarted = ConcurrentHashMap.newKeySet();
    private final Set<Thread> starters = ConcurrentHashMap.newKeySet();
    private final AtomicInteger startersDone = new AtomicInteger();
    private final Set<Thread> holdingATick = ConcurrentHashMap.newKeySet();
    private final AtomicInteger chainsEnded = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(10);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void pumpsStartsCallbacksAndClockMoves_fromManyThreads_neitherDeadlockNorLoseNorDoubleAStep()
            throws Exception {
        // given
        StepFunctionsEngine engine =
                StepFunctionsEngine.persistent(directory, clock, new ChainFunctions());
        String machine = engine.createStateMachine("chains", CHAIN, Map.of());

        // when ten threads work at once: two start every chain (in opposite orders) then repeat
        // starts of
        // any generation, three pump timers, three answer callbacks, two move the clock
        List<Future<?>> work = new ArrayList<>();
        work.add(
                threads.submit(
                        named("starter-1", () -> starter(engine, machine, new Random(1), false))));
        work.add(
                threads.submit(
                        named("starter-2", () -> starter(engine, machine, new Random(2), true))));
        for (int i = 1; i <= 3; i++) {
            work.add(threads.submit(named("timer-pump-" + i, () -> repeat(engine::fireDueTimers))));
            work.add(
                    threads.submit(
                            named(
                                    "send-task-success-" + i,
                                    () -> repeat(() -> answer(engine, takeToken())))));
        }
        for (int i = 1; i <= 2; i++) {
            Random random = new Random(10 + i);
            work.add(
                    threads.submit(
                            named(
                                    "clock-" + i,
                                    () ->
                                            repeat(
                                                    () ->
                                                            clock.advance(
                                                                    Duration.ofSeconds(
                                                                            1
                                                                                    + random
                                                                                            .nextInt(
                                                                                                    20)))))));
        }
        Deadlocks.awaitAll(work, Duration.ofSeconds(120));
        finishOnOneThread(engine, machine);

        // then every tick ran exactly once, and every execution succeeded
        Map<String, Integer> expected = new TreeMap<>();
        for (int chain = 0; chain < CHAINS; chain++) {
            for (int generation = 1; generation <= GENERATIONS; generation++) {
                for (int loop = 0; loop < TICKS_PER_GENERATION; loop++) {
                    expected.put(tick(chain, generation, loop), 1);
                }
            }
        }
        Map<String, Integer> actual = new TreeMap<>();
        ticks.forEach((key, count) -> actual.put(key, count.get()));
        assertThat(actual).isEqualTo(expected);
        List<ExecutionDescription> executions = engine.listExecutions(machine, null);
        assertThat(executions).hasSize(CHAINS * GENERATIONS);
        assertThat(executions)
                .extracting(ExecutionDescription::status)
                .containsOnly(ExecutionStatus.SUCCEEDED);

        // and a restarted engine reads back the same outcome from the files
        StepFunctionsEngine restarted =
                StepFunctionsEngine.persistent(directory, clock, new ChainFunctions());
        assertThat(restarted.listExecutions(machine, ExecutionStatus.SUCCEEDED))
                .hasSize(CHAINS * GENERATIONS);
        assertThat(restarted.nextTimerDue()).isEmpty();
    }

    /** Names the worker's thread after its role, for the thread dump. */
    private static Callable<Void> named(String name, Callable<Void> work) {
        return () -> {
            Thread.currentThread().setName(name);
            return work.call();
        };
    }

    private Void starter(
            StepFunctionsEngine engine, String machine, Random random, boolean descending) {
        starters.add(Thread.currentThread());
        try {
            for (int i = 0; i < CHAINS; i++) {
                start(engine, machine, descending ? CHAINS - 1 - i : i, 1);
            }
            for (int i = 0; working(i); i++) {
                int[] running = wantRepeatStart.poll();
                if (running != null) {
                    repeatStarted.add(name(running[0], running[1]));
                    start(engine, machine, running[0], running[1]);
                } else {
                    start(engine, machine, random.nextInt(CHAINS), 1 + random.nextInt(GENERATIONS));
                }
            }
            return null;
        } finally {
            startersDone.incrementAndGet();
        }
    }

    /**
     * Holds a tick (and so its execution's monitor) until a starter has taken it up for a repeat
     * start, or no starter can: both finished or blocked. Only widens the window for the old
     * deadlock; a correct engine passes whatever this waits for.
     */
    private void awaitRepeatStart(int chain, int generation) {
        String name = name(chain, generation);
        wantRepeatStart.add(new int[] {chain, generation});
        // A starter whose own start runs a tick may be holding one here too: it cannot start
        // anything until it returns, so it does not count as able to (else two such starters wait
        // for each other for ever).
        holdingATick.add(Thread.currentThread());
        try {
            while (!repeatStarted.contains(name)
                    && startersDone.get() < 2
                    && starters.stream().anyMatch(t -> runnable(t) && !holdingATick.contains(t))) {
                Thread.onSpinWait();
            }
        } finally {
            holdingATick.remove(Thread.currentThread());
        }
    }

    private static boolean runnable(Thread thread) {
        return thread.getState() == Thread.State.RUNNABLE;
    }

    private static String name(int chain, int generation) {
        return "chain-" + chain + "-g" + generation;
    }

    /**
     * Starts a generation as the chain itself would; a name already used by an ended execution is
     * refused.
     */
    private static void start(
            StepFunctionsEngine engine, String machine, int chain, int generation) {
        try {
            engine.startExecution(
                    machine,
                    name(chain, generation),
                    "{\"chain\": " + chain + ", \"generation\": " + generation + ", \"loop\": 0}");
        } catch (SfnApiException e) {
            assertThat(e.error()).isEqualTo(ApiError.EXECUTION_ALREADY_EXISTS);
        }
    }

    /** The next token handed out, waiting a little for one (empty when none came). */
    private String takeToken() {
        try {
            return tokens.poll(10, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void answer(StepFunctionsEngine engine, String token) {
        if (token == null) {
            return;
        }
        try {
            engine.sendTaskSuccess(token, "{}");
        } catch (SfnApiException e) {
            assertThat(e.error()).as("the timeout won the race").isEqualTo(ApiError.TASK_TIMED_OUT);
        }
    }

    private Void repeat(Runnable operation) {
        for (int i = 0; working(i); i++) {
            operation.run();
            Thread.yield();
        }
        return null;
    }

    private boolean working(int operations) {
        return chainsEnded.get() < CHAINS
                && operations < MAX_OPERATIONS_PER_THREAD
                && System.nanoTime() < workUntil;
    }

    /** Answers what waits, lets timeouts pass and fires them, until nothing runs (bounded). */
    private void finishOnOneThread(StepFunctionsEngine engine, String machine) {
        for (int round = 0;
                round < 1_000 && !engine.listExecutions(machine, ExecutionStatus.RUNNING).isEmpty();
                round++) {
            for (String token = tokens.poll(); token != null; token = tokens.poll()) {
                answer(engine, token);
            }
            clock.advance(Duration.ofSeconds(60));
            engine.fireDueTimers();
        }
    }

    private static String tick(int chain, int generation, int loop) {
        return "chain " + chain + " generation " + generation + " tick " + loop;
    }

    /**
     * The chain's functions: a tick that decides from its input alone, and a wait that hands out
     * its token.
     */
    private final class ChainFunctions implements TaskInvoker {

        @Override
        public JsonNode invoke(String functionName, JsonNode payload) {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            if (functionName.equals("wait")) {
                tokens.add(payload.get("taskToken").asText());
                return result;
            }
            int chain = payload.get("chain").asInt();
            int generation = payload.get("generation").asInt();
            int loop = payload.get("loop").asInt();
            ticks.computeIfAbsent(tick(chain, generation, loop), key -> new AtomicInteger())
                    .incrementAndGet();
            if (loop < TICKS_PER_GENERATION - 1) {
                result.put("action", "WAIT");
            } else if (generation < GENERATIONS) {
                awaitRepeatStart(chain, generation);
                result.put("action", "RESTART").put("nextGeneration", generation + 1);
            } else {
                chainsEnded.incrementAndGet();
                result.put("action", "END");
            }
            return result;
        }
    }
}
