package org.sendtracker.workflow.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock, set by the test: the workflow's "now" is whatever day the story has
 * reached.
 */
@Singleton
@Replaces(Clock.class)
public final class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2019-03-11T17:30:00Z");

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
