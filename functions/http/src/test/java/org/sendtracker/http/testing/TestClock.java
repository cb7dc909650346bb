package org.sendtracker.http.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.sendtracker.testing.SettableClock;

/** A clock the tests set: "today" is fixed so that date checks give the same answer every day. */
@Singleton
@Replaces(Clock.class)
public final class TestClock extends SettableClock {

    public static final Instant DEFAULT_NOW = Instant.parse("2026-11-23T10:00:00Z");

    public TestClock() {
        super(DEFAULT_NOW);
    }
}
