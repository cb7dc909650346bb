package org.sendtracker.local.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Objects;

/** A move of the {@link LocalClock}: a jump to an instant, or forward by an ISO-8601 amount. */
public sealed interface ClockChange {

    /** {@code {"now":"2025-01-31T09:00:00Z"}} */
    record SetTo(Instant instant) implements ClockChange {
        public SetTo {
            Objects.requireNonNull(instant, "instant == null");
        }
    }

    /**
     * {@code {"advance":"P1Y2M3DT4H"}}: the date part (years, months, weeks, days) is a {@link
     * Period} applied to the Europe/London calendar date, so {@code P1M} keeps the wall-clock time
     * across a change to or from British Summer Time; the time part is an exact {@link Duration}.
     */
    record Advance(Period period, Duration duration) implements ClockChange {
        public Advance {
            Objects.requireNonNull(period, "period == null");
            Objects.requireNonNull(duration, "duration == null");
        }
    }

    static ClockChange to(Instant instant) {
        return new SetTo(instant);
    }

    static ClockChange by(Period period) {
        return new Advance(period, Duration.ZERO);
    }

    static ClockChange by(Duration duration) {
        return new Advance(Period.ZERO, duration);
    }
}
