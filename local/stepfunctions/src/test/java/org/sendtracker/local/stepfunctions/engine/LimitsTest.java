package org.sendtracker.local.stepfunctions.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sendtracker.local.stepfunctions.ExecutionDescription;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;

/** The Standard workflow quotas are enforced, so a design that would hit them fails locally. */
class LimitsTest {

    private final EngineFixture fixture = new EngineFixture();

    @Test
    void historyBeyond25000Events_failsTheExecution() {
        // given a machine that loops forever
        String machine = fixture.machine("counter", Machines.COUNT_FOREVER);
        // when it runs
        String arn = fixture.start(machine, "loop", "{\"n\": 0}");
        // then it fails once its history passes 25,000 events
        ExecutionDescription failed = fixture.describe(arn);
        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("States.Runtime");
        assertThat(failed.cause())
                .isEqualTo(
                        "The execution history exceeded the limit of 25,000 events of a Standard workflow");
        assertThat(failed.stats().historyEvents())
                .isEqualTo(25_002); // the 25,001st event and ExecutionFailed
    }

    @Test
    void executionLivingMoreThanOneYear_timesOut() {
        // given an execution that waits 400 days
        String arn =
                fixture.start(
                        fixture.machine("sleeper", Machines.WAIT_FOUR_HUNDRED_DAYS), "long", "{}");
        assertThat(fixture.describe(arn).nextTimerDue())
                .isEqualTo(Instant.parse("2024-12-31T00:00:00Z"));
        // when 365 days have passed
        fixture.clock.advance(Duration.ofDays(365));
        fixture.engine.fireDueTimers();
        // then it timed out at its one-year limit
        ExecutionDescription timedOut = fixture.describe(arn);
        assertThat(timedOut.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(timedOut.error()).isEqualTo("States.Timeout");
        assertThat(timedOut.cause())
                .isEqualTo(
                        "The execution exceeded the maximum duration of a Standard workflow (365 days)");
        assertThat(timedOut.stopDate()).isEqualTo(Instant.parse("2024-12-31T00:00:00Z"));
    }

    @Test
    void taskTokenWaitWithoutTimeout_stillEndsAtTheOneYearLimit() {
        fixture.functions.on("notify-officer", payload -> JsonNodeFactory.instance.objectNode());
        String arn =
                fixture.start(
                        fixture.machine("ask", Machines.ASK_OFFICER_WITHOUT_TIMEOUT),
                        "forever",
                        "{}");
        fixture.clock.advance(Duration.ofDays(366));
        fixture.engine.fireDueTimers();
        assertThat(fixture.describe(arn).status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    }

    @Test
    void topLevelTimeoutSeconds_timesTheExecutionOut() {
        String definition =
                "{\"TimeoutSeconds\": 60, \"StartAt\": \"Sleep\", \"States\": {\"Sleep\": {\"Type\": \"Wait\", \"Seconds\": 120, \"End\": true}}}";
        String arn = fixture.start(fixture.machine("short", definition), "s", "{}");
        fixture.clock.advance(Duration.ofSeconds(60));
        fixture.engine.fireDueTimers();
        ExecutionDescription timedOut = fixture.describe(arn);
        assertThat(timedOut.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(timedOut.cause())
                .isEqualTo("The execution ran longer than its TimeoutSeconds (60 s)");
    }
}
