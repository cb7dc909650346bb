package org.sendtracker.local.stepfunctions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sendtracker.local.stepfunctions.ExecutionDescription;
import org.sendtracker.local.stepfunctions.TaskFailedException;
import org.sendtracker.local.stepfunctions.eval.ExecutionStats;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;

class WaitTimerTest {

    private final EngineFixture fixture = new EngineFixture();

    @Test
    void wait_suspendsTheExecution_untilTheClockPassesItsTimer() {
        // given an execution that waits 10 seconds
        String arn =
                fixture.start(
                        fixture.machine("waiter", Machines.WAIT_TEN_SECONDS_THEN_CALL_RECORD),
                        "w1",
                        "{}");
        ExecutionDescription waiting = fixture.describe(arn);
        assertThat(waiting.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(waiting.waitingInState()).isEqualTo("Pause");
        assertThat(waiting.nextTimerDue()).isEqualTo(Instant.parse("2024-01-01T00:00:10Z"));
        // when the clock has moved 9 seconds, nothing is due
        fixture.clock.advance(Duration.ofSeconds(9));
        assertThat(fixture.engine.fireDueTimers()).isZero();
        // then at 10 seconds the timer fires and the execution ends
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(fixture.engine.fireDueTimers()).isEqualTo(1);
        ExecutionDescription done = fixture.describe(arn);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("\"recorded\"");
        assertThat(done.stopDate()).isEqualTo(Instant.parse("2024-01-01T00:00:10Z"));
    }

    @Test
    void timer_isNeverFiredTwice_evenWhenTwoThreadsFireAtOnce() throws Exception {
        // given ten executions waiting for the same instant
        String machine = fixture.machine("waiter", Machines.WAIT_TEN_SECONDS_THEN_CALL_RECORD);
        for (int i = 0; i < 10; i++) {
            fixture.start(machine, "w" + i, "{}");
        }
        fixture.clock.advance(Duration.ofSeconds(10));
        // when two threads fire due timers at the same time
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Callable<Integer> fire =
                () -> {
                    go.await();
                    return fixture.engine.fireDueTimers();
                };
        try {
            Future<Integer> first = threads.submit(fire);
            Future<Integer> second = threads.submit(fire);
            go.countDown();
            // then each timer fired exactly once: ten in all, ten function calls
            assertThat(first.get() + second.get()).isEqualTo(10);
        } finally {
            threads.shutdownNow();
        }
        assertThat(fixture.functions.callsTo("record")).isEqualTo(10);
        assertThat(fixture.engine.fireDueTimers()).isZero();
    }

    @Test
    void stoppingTimers_letsTheTimerFiringNowFinish_thenFiresNoMore() throws Exception {
        // given two executions, one due at 10 s whose function is still running when the engine is
        // told to stop, the other due at 20 s
        CountDownLatch calling = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fixture.functions.on(
                "record",
                payload -> {
                    calling.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return JsonNodeFactory.instance.textNode("recorded");
                });
        String machine = fixture.machine("waiter", Machines.waitSecondsPathThenCallRecord());
        String ten = fixture.start(machine, "ten", "{\"seconds\": 10, \"name\": \"ten\"}");
        String twenty = fixture.start(machine, "twenty", "{\"seconds\": 20, \"name\": \"twenty\"}");
        fixture.clock.advance(Duration.ofSeconds(10));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> firing = thread.submit(() -> fixture.engine.fireDueTimers());
            calling.await();

            // when the engine is told to stop while that function runs: not finished yet
            assertThat(fixture.engine.stopTimers(Duration.ZERO)).isFalse();
            release.countDown();

            // then the timer under way completes its execution, and stopping is done
            assertThat(firing.get()).isEqualTo(1);
            assertThat(fixture.engine.stopTimers(Duration.ZERO)).isTrue();
            assertThat(fixture.describe(ten).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        } finally {
            release.countDown();
            thread.shutdownNow();
        }
        // and no timer fires any more: the other keeps waiting, for a restart to fire it
        fixture.clock.advance(Duration.ofSeconds(10));
        assertThat(fixture.engine.fireDueTimers()).isZero();
        assertThat(fixture.describe(twenty).status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(fixture.describe(twenty).waitingInState()).isEqualTo("Pause");
    }

    @Test
    void dueTimers_fireInTimestampOrder() {
        // given executions whose timers are due at 30 s, 10 s and 20 s
        String machine = fixture.machine("waiter", Machines.waitSecondsPathThenCallRecord());
        fixture.start(machine, "thirty", "{\"seconds\": 30, \"name\": \"thirty\"}");
        fixture.start(machine, "ten", "{\"seconds\": 10, \"name\": \"ten\"}");
        fixture.start(machine, "twenty", "{\"seconds\": 20, \"name\": \"twenty\"}");
        // when all are due at once
        fixture.clock.advance(Duration.ofMinutes(1));
        fixture.engine.fireDueTimers();
        // then the functions ran in the order of the timers
        List<String> order = new ArrayList<>();
        fixture.functions.calls().forEach(call -> order.add(call.payload().get("name").asText()));
        assertThat(order).containsExactly("ten", "twenty", "thirty");
    }

    @Test
    void retryInterval_isATimer_andTransitionsAndInvocationsAreCounted() {
        // given a function that fails once, under a Retry of 5 seconds
        int[] calls = {0};
        fixture.functions.on(
                "flaky",
                payload -> {
                    if (calls[0]++ == 0) {
                        throw new TaskFailedException("Boom", "first call fails");
                    }
                    return payload;
                });
        String arn =
                fixture.start(
                        fixture.machine("flaky", Machines.FLAKY_WITH_RETRY), "f1", "{\"a\":1}");
        // when the first attempt has failed, the retry waits for the clock
        assertThat(fixture.describe(arn).nextTimerDue())
                .isEqualTo(Instant.parse("2024-01-01T00:00:05Z"));
        fixture.clock.advance(Duration.ofSeconds(5));
        fixture.engine.fireDueTimers();
        // then the second attempt succeeded; two transitions, two invocations, 1+1+3+3+1+1 events
        ExecutionDescription done = fixture.describe(arn);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.stats()).isEqualTo(new ExecutionStats(2, 2, 10));
    }
}
