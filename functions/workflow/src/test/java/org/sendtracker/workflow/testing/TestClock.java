package org.sendtracker.workflow.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.sendtracker.testing.SettableClock;

/**
 * The application's clock, set by the test: the workflow's "now" is whatever day the story has
 * reached.
 */
@Singleton
@Replaces(Clock.class)
public final class TestClock extends SettableClock {

    public TestClock() {
        super(Instant.parse("2019-03-11T17:30:00Z"));
    }
}
