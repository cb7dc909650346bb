package org.sendtracker.local.stepfunctions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.sendtracker.local.stepfunctions.testing.Deadlocks;

/**
 * The interleaving that once hung {@code ./run-local}: a timer pump thread ran an execution
 * (holding its monitor) that continued as new (taking the engine's creation lock), while a
 * StartExecution request for that same running execution held the creation lock and waited for the
 * execution.
 */
class LockOrderTest {

    private static final String TICK_THEN_CONTINUE_AS_NEW =
            """
      {"StartAt": "Generation", "States": {
        "Generation": {"Type": "Choice", "Choices": [{"Variable": "$.generation", "NumericEquals": 1, "Next": "Tick"}], "Default": "Done"},
        "Tick": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:tick", "ResultPath": null, "Next": "ContinueAsNew"},
        "ContinueAsNew": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
          "Parameters": {"StateMachineArn.$": "$$.StateMachine.Id", "Name": "generation-2", "Input": {"generation": 2}},
          "End": true},
        "Done": {"Type": "Succeed"}}}
      """;
    private static final String GENERATION_1 = "{\"generation\": 1}";

    private final EngineFixture fixture = new EngineFixture();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aStartOfTheRunningExecution_duringItsContinueAsNew_deadlocksNothing_andRunsNothingTwice()
            throws Exception {
        // given a tick that, while its execution runs (monitor held), lets a second start of that
        // very
        // execution go as far as it can: until it blocks, or returns
        String machine = fixture.machine("lifecycle", TICK_THEN_CONTINUE_AS_NEW);
        AtomicInteger ticks = new AtomicInteger();
        AtomicReference<Future<?>> secondStart = new AtomicReference<>();
        fixture.functions.on(
                "tick",
                payload -> {
                    ticks.incrementAndGet();
                    AtomicReference<Thread> starter = new AtomicReference<>();
                    secondStart.set(
                            threads.submit(
                                    () -> {
                                        starter.set(Thread.currentThread());
                                        return fixture.engine.startExecution(
                                                machine, "generation-1", GENERATION_1);
                                    }));
                    awaitBlockedOrDone(secondStart.get(), starter);
                    return JsonNodeFactory.instance.objectNode();
                });

        // when generation 1 runs, as the timer pump runs a pending start
        Future<?> first =
                threads.submit(
                        () -> fixture.engine.startExecution(machine, "generation-1", GENERATION_1));

        // then both calls return, generation 1 ticked once and handed over to generation 2
        Deadlocks.awaitAll(List.of(first), Duration.ofSeconds(30));
        Deadlocks.awaitAll(List.of(secondStart.get()), Duration.ofSeconds(30));
        assertThat(ticks).hasValue(1);
        assertThat(fixture.describe(arn("generation-1")).status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(fixture.describe(arn("generation-2")).status())
                .isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    /** Spins (no sleep) until the starter thread is blocked on a monitor or has finished. */
    private static void awaitBlockedOrDone(Future<?> start, AtomicReference<Thread> starter) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!start.isDone()
                && (starter.get() == null || starter.get().getState() != Thread.State.BLOCKED)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "the second start neither blocked nor returned\n" + Deadlocks.dump());
            }
            Thread.onSpinWait();
        }
    }

    private static String arn(String name) {
        return "arn:aws:states:us-east-1:000000000000:execution:lifecycle:" + name;
    }
}
