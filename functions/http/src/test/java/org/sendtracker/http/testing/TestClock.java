package org.sendtracker.http.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the tests set: "today" is fixed so that date checks give the same answer every day. */
@Singleton
@Replaces(Clock.class)
public final class TestClock extends Clock {

    public static final Instant DEFAULT_NOW = Instant.parse("2026-11-23T10:00:00Z");

    private volatile Instant now = DEFAULT_NOW;

    public void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
