package org.sendtracker.infrastructure.dynamodb;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How long a {@link KeyBackfill} waits after walking the table before it walks it again to check
 * that nothing was written without the keys since: {@code sendtracker.backfill.settle}, an ISO-8601
 * duration, 45 minutes by default. A deployment replaces the functions one after another (with
 * SnapStart, each publishes a version), so for some minutes the version before, which does not
 * write the new keys, still writes beside the reconcile that backfills them; the wait is longer
 * than a deployment and the longest function timeout (5 minutes) together. Zero means only one
 * version ever writes the table (the local system): the first walk is the last
 * (docs/performance.md, "The backfills' deploy window (stop 21)").
 */
@Singleton
public final class BackfillWindow {

    static final Duration DEFAULT_SETTLE = Duration.ofMinutes(45);

    private final Clock clock;
    private final Duration settle;

    @Inject
    BackfillWindow(Clock clock, @Value("${sendtracker.backfill.settle:PT45M}") String settle) {
        this(clock, parse(settle));
    }

    BackfillWindow(Clock clock, Duration settle) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.settle = Objects.requireNonNull(settle, "settle == null");
        if (settle.isNegative()) {
            throw new IllegalArgumentException(
                    "sendtracker.backfill.settle must not be negative: " + settle);
        }
    }

    /** One version writes the table: a backfill is done after its first walk. */
    static BackfillWindow none() {
        return new BackfillWindow(Clock.systemUTC(), Duration.ZERO);
    }

    Clock clock() {
        return clock;
    }

    Duration settle() {
        return settle;
    }

    private static Duration parse(String settle) {
        try {
            return Duration.parse(settle.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "sendtracker.backfill.settle is not an ISO-8601 duration (e.g. PT45M): "
                            + settle,
                    e);
        }
    }
}
