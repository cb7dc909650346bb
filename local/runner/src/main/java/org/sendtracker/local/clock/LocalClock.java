package org.sendtracker.local.clock;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.sendtracker.calendar.England;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * The local system's time: it runs forward at real speed from an anchor (a simulated instant and
 * the monotonic {@link System#nanoTime()} when it was set), and a person or a test can move it
 * forward to see two years of deadlines pass in minutes. It replaces the application's {@code
 * Clock} bean, so the production code reads it without knowing. Never backwards: a timer that has
 * fired cannot un-fire.
 *
 * <p>The simulated time is saved to {@code ${sendtracker.local.data-dir}/clock.json} on every
 * change, every few seconds while running and on shutdown, so a restart continues from where it was
 * rather than jumping to today. With no file it starts at the real current time.
 */
@Singleton
@Replaces(Clock.class)
public final class LocalClock extends Clock {

    /** How far one change may move the clock: every timer on the way fires. */
    static final int MAX_YEARS_AT_A_TIME = 10;

    private record Anchor(Instant simulated, long nanoTime) {}

    private final ClockFile file;
    private final LongSupplier nanoTime;
    private final List<Consumer<Instant>> listeners = new CopyOnWriteArrayList<>();
    private volatile Anchor anchor;
    private final List<Supplier<Optional<Instant>>> stops = new CopyOnWriteArrayList<>();

    /**
     * Orders moving the anchor and writing the file, apart from the lock {@link #change} holds for
     * a whole advance: saving on shutdown must not wait for an advance's timers to fire.
     */
    private final Object saving = new Object();

    /** Set on shutdown: an advance under way stops at its next timer. */
    private volatile boolean closing;

    /**
     * @param startAt where a brand-new store's clock starts ({@code SENDTRACKER_LOCAL_CLOCK_START},
     *     an ISO instant; default now): end-to-end tests live through 2019 as it happened
     */
    @Inject
    LocalClock(
            @Value("${sendtracker.local.data-dir:.data}") Path dataDir,
            @Value("${sendtracker.local.clock-start:}") String startAt) {
        this(
                new ClockFile(dataDir.resolve("clock.json")),
                startAt.isBlank()
                        ? Clock.systemUTC()
                        : Clock.fixed(Instant.parse(startAt), ZoneOffset.UTC),
                System::nanoTime);
    }

    LocalClock(ClockFile file, Clock realTime, LongSupplier nanoTime) {
        this.file = file;
        this.nanoTime = nanoTime;
        this.anchor = new Anchor(file.read().orElseGet(realTime::instant), nanoTime.getAsLong());
        file.write(anchor.simulated());
    }

    @Override
    public Instant instant() {
        Anchor current = anchor;
        return current.simulated().plusNanos(nanoTime.getAsLong() - current.nanoTime());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that still follows this clock's simulated time. */
    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone == null");
        LocalClock simulated = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return simulated.withZone(other);
            }

            @Override
            public Instant instant() {
                return simulated.instant();
            }
        };
    }

    /** Calls {@code listener} with the new time after every change made through {@link #change}. */
    public void onAdvance(Consumer<Instant> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener == null"));
    }

    /**
     * Adds where time must stop on its way forward: the engine's next timer, the reconcile's next
     * run. Moving the clock a month on then lets each fire at its own time, as if the month had
     * been lived through, rather than all of them at the end.
     */
    public void stopAt(Supplier<Optional<Instant>> nextStop) {
        stops.add(Objects.requireNonNull(nextStop, "nextStop == null"));
    }

    private Optional<Instant> nextStop() {
        return stops.stream().map(Supplier::get).flatMap(Optional::stream).min(Instant::compareTo);
    }

    /**
     * Moves the clock as asked, stopping at every timer on the way; each stop and the end are saved
     * and told to the listeners, in order. Changes are serialised, so listeners see the times in
     * the order they were set.
     */
    public synchronized Result<Instant> change(ClockChange change) {
        Instant now = instant();
        Instant target =
                change instanceof ClockChange.Advance by
                        ? now.atZone(England.ZONE).plus(by.period()).toInstant().plus(by.duration())
                        : ((ClockChange.SetTo) change).instant();
        if (target.isBefore(now)) {
            return Result.refused(
                    Rejection.Invalid.of(
                            "now",
                            "The clock cannot go back to "
                                    + target
                                    + ": it is already "
                                    + now
                                    + ", and timers that have fired cannot un-fire"));
        }
        Instant farthest = now.atZone(England.ZONE).plusYears(MAX_YEARS_AT_A_TIME).toInstant();
        if (target.isAfter(farthest)) {
            // every timer on the way fires: a thousand years would run for hours, and the clock
            // can never come back
            return Result.refused(
                    Rejection.Invalid.of(
                            "now",
                            "The clock moves at most "
                                    + MAX_YEARS_AT_A_TIME
                                    + " years at a time (to "
                                    + farthest
                                    + "): "
                                    + target
                                    + " is further"));
        }
        Optional<Instant> previous = Optional.empty();
        for (Optional<Instant> stop = nextStop();
                stop.isPresent() && !stop.get().isAfter(target);
                stop = nextStop()) {
            if (closing) {
                return Result.ok(instant());
            }
            if (stop.equals(previous)) {
                break; // a timer that would not fire: do not spin on it
            }
            previous = stop;
            Instant at = stop.get().isAfter(instant()) ? stop.get() : instant();
            if (at.isAfter(target)) {
                break;
            }
            moveTo(at);
        }
        if (closing) {
            return Result.ok(instant());
        }
        moveTo(target);
        return Result.ok(target);
    }

    private void moveTo(Instant target) {
        synchronized (saving) {
            anchor = new Anchor(target, nanoTime.getAsLong());
            file.write(target);
        }
        listeners.forEach(listener -> listener.accept(target));
    }

    /**
     * Moves the clock to {@code target}, or leaves it where it is if real-speed running has already
     * carried it past: for stepping from one timer to the next without racing the clock's own
     * progress.
     */
    public synchronized Instant catchUpTo(Instant target) {
        Instant now = instant();
        return target.isAfter(now) ? change(ClockChange.to(target)).orElseThrow() : now;
    }

    /** Saves the running time, so a restart loses at most a few seconds of simulated time. */
    @Scheduled(fixedDelay = "${sendtracker.local.clock.save-every:5s}")
    void save() {
        synchronized (saving) {
            file.write(instant());
        }
    }

    /**
     * On shutdown: an advance under way stops at its next timer (the timer firing now finishes or
     * is cut short with the process), and the time is saved at once, without waiting for the
     * advance: SIGTERM during a year's advance used to wait for every timer of the year.
     */
    @PreDestroy
    public void close() {
        closing = true;
        save();
    }
}
