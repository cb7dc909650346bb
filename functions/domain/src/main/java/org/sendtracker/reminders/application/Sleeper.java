package org.sendtracker.reminders.application;

import java.time.Duration;

/** Waits between retries; injected so tests do not sleep. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;
}
