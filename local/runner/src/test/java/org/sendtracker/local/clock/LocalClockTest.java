package org.sendtracker.local.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.shared.Result;

class LocalClockTest {

    private static final Instant REAL_NOW = Instant.parse("2026-02-02T09:00:00Z");

    @TempDir Path dataDir;

    private final AtomicLong nanoTime = new AtomicLong(1_000_000_000L);

    private LocalClock aClockIn(Path dir) {
        return new LocalClock(
                new ClockFile(dir.resolve("clock.json")),
                Clock.fixed(REAL_NOW, ZoneOffset.UTC),
                nanoTime::get);
    }

    private void realTimePasses(Duration duration) {
        nanoTime.addAndGet(duration.toNanos());
    }

    @Test
    void startsAtTheRealTime_whenNoTimeWasSaved() {
        assertThat(aClockIn(dataDir).instant()).isEqualTo(REAL_NOW);
    }

    @Test
    void runsForwardAtRealSpeed_fromWhereItWasSet() {
        LocalClock clock = aClockIn(dataDir);
        clock.change(ClockChange.to(Instant.parse("2030-06-01T12:00:00Z")));

        realTimePasses(Duration.ofMillis(1500));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2030-06-01T12:00:01.500Z"));
    }

    @Test
    void advanceByAPeriod_keepsTheLondonWallClockTime_acrossTheStartOfSummerTime() {
        LocalClock clock = aClockIn(dataDir);
        clock.change(ClockChange.to(Instant.parse("2027-03-01T12:00:00Z")));

        Result<Instant> moved = clock.change(ClockChange.by(Period.ofMonths(1)));

        assertThat(moved.orElseThrow()).isEqualTo(Instant.parse("2027-04-01T11:00:00Z"));
    }

    @Test
    void advanceByADuration_isExactElapsedTime_acrossTheStartOfSummerTime() {
        LocalClock clock = aClockIn(dataDir);
        clock.change(ClockChange.to(Instant.parse("2027-03-28T00:30:00Z")));

        assertThat(clock.change(ClockChange.by(Duration.ofHours(5))).orElseThrow())
                .isEqualTo(Instant.parse("2027-03-28T05:30:00Z"));
    }

    @Test
    void settingAnEarlierTime_isRefused_andLeavesTheClockWhereItWas() {
        LocalClock clock = aClockIn(dataDir);

        Result<Instant> refused =
                clock.change(ClockChange.to(Instant.parse("2026-02-01T09:00:00Z")));

        assertThat(((Result.Refused<Instant>) refused).rejection().message())
                .isEqualTo(
                        "The clock cannot go back to 2026-02-01T09:00:00Z: it is already 2026-02-02T09:00:00Z,"
                                + " and timers that have fired cannot un-fire");
        assertThat(clock.instant()).isEqualTo(REAL_NOW);
    }

    @Test
    void movingMoreThanTenYearsAtOnce_isRefused_andLeavesTheClockWhereItWas() {
        LocalClock clock = aClockIn(dataDir);

        Result<Instant> thousand = clock.change(ClockChange.by(Period.ofYears(1000)));
        Result<Instant> set = clock.change(ClockChange.to(Instant.parse("2036-02-02T09:00:01Z")));
        Result<Instant> ten = clock.change(ClockChange.by(Period.ofYears(10)));

        assertThat(thousand.isOk()).isFalse();
        assertThat(((Result.Refused<Instant>) thousand).rejection().message())
                .isEqualTo(
                        "The clock moves at most 10 years at a time (to 2036-02-02T09:00:00Z):"
                                + " 3026-02-02T09:00:00Z is further");
        assertThat(set.isOk()).isFalse();
        assertThat(ten.orElseThrow()).isEqualTo(Instant.parse("2036-02-02T09:00:00Z"));
    }

    @Test
    void settingTheTimeItAlreadyIs_isAllowed() {
        LocalClock clock = aClockIn(dataDir);

        assertThat(clock.change(ClockChange.to(REAL_NOW)).orElseThrow()).isEqualTo(REAL_NOW);
    }

    @Test
    void listenersHearEveryChange_inOrder_withTheNewTime() {
        LocalClock clock = aClockIn(dataDir);
        List<Instant> heard = new ArrayList<>();
        clock.onAdvance(heard::add);

        clock.change(ClockChange.by(Period.ofDays(30)));
        clock.change(ClockChange.to(Instant.parse("2027-01-01T00:00:00Z")));
        clock.change(ClockChange.to(Instant.parse("2020-01-01T00:00:00Z")));

        assertThat(heard)
                .containsExactly(
                        Instant.parse("2026-03-04T09:00:00Z"),
                        Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void aChangeIsSaved_soANewClockOnTheSameFolderContinuesFromIt() throws Exception {
        aClockIn(dataDir).change(ClockChange.to(Instant.parse("2030-06-01T12:00:00Z")));

        assertThat(Files.readString(dataDir.resolve("clock.json")))
                .isEqualTo("{\"now\":\"2030-06-01T12:00:00Z\"}");
        assertThat(aClockIn(dataDir).instant()).isEqualTo(Instant.parse("2030-06-01T12:00:00Z"));
    }

    @Test
    void closing_duringAnAdvance_savesAtOnce_andTheAdvanceStopsWhereItIs() throws Exception {
        // an advance of 30 days with timers on days 1 and 2; the first timer's work is still
        // running (as a reminder waiting to retry its send) when the process is told to stop
        LocalClock clock = aClockIn(dataDir);
        Instant first = REAL_NOW.plus(Duration.ofDays(1));
        Instant second = REAL_NOW.plus(Duration.ofDays(2));
        List<Instant> timers = new CopyOnWriteArrayList<>(List.of(first, second));
        clock.stopAt(() -> timers.stream().findFirst());
        CountDownLatch firing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        clock.onAdvance(
                now -> {
                    timers.removeIf(timer -> !timer.isAfter(now));
                    if (now.equals(first)) {
                        firing.countDown();
                        awaitUninterruptibly(release);
                    }
                });
        ExecutorService advancing = Executors.newSingleThreadExecutor();
        try {
            Future<Result<Instant>> advance =
                    advancing.submit(() -> clock.change(ClockChange.by(Period.ofDays(30))));
            firing.await();

            // before, close waited on the advance's lock: for every timer of the advance
            assertTimeoutPreemptively(Duration.ofSeconds(30), clock::close);

            assertThat(Files.readString(dataDir.resolve("clock.json")))
                    .isEqualTo("{\"now\":\"" + first + "\"}");
            release.countDown();
            assertThat(advance.get().orElseThrow()).isEqualTo(first);
            assertThat(clock.instant()).isEqualTo(first);
            assertThat(timers).containsExactly(second);
        } finally {
            release.countDown();
            advancing.shutdownNow();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void save_keepsTheRunningTime() {
        LocalClock clock = aClockIn(dataDir);
        clock.change(ClockChange.to(Instant.parse("2030-06-01T12:00:00Z")));
        realTimePasses(Duration.ofSeconds(5));

        clock.save();

        assertThat(aClockIn(dataDir).instant()).isEqualTo(Instant.parse("2030-06-01T12:00:05Z"));
    }

    @Test
    void aClockInAnotherZone_followsTheSimulatedTime() {
        LocalClock clock = aClockIn(dataDir);
        Clock london = clock.withZone(ZoneId.of("Europe/London"));

        clock.change(ClockChange.to(Instant.parse("2030-06-01T12:00:00Z")));

        assertThat(london.instant()).isEqualTo(Instant.parse("2030-06-01T12:00:00Z"));
        assertThat(london.getZone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void aClockFileThatIsNotASavedTime_stopsTheStartWithAMessageSayingWhatToDo() throws Exception {
        Files.writeString(dataDir.resolve("clock.json"), "{\"now\":\"soon\"}");

        assertThatThrownBy(() -> aClockIn(dataDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        dataDir.resolve("clock.json")
                                + ": it does not hold a saved time ({\"now\":\"<ISO instant>\"}):"
                                + " Text 'soon' could not be parsed at index 0."
                                + " Delete it to start the clock from the real time (or SENDTRACKER_LOCAL_CLOCK_START).");
    }
}
