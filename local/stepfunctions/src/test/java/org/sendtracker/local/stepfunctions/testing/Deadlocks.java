package org.sendtracker.local.stepfunctions.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for work that must finish, and when it does not, fails with what every thread was doing:
 * the JVM's own deadlock detection first, then a full dump with the monitors each thread holds and
 * waits for. The timeout only detects a hang; a run that works finishes long before it.
 */
public final class Deadlocks {

    private Deadlocks() {}

    /**
     * Waits for every future; rethrows the first failure, or fails with a thread dump as soon as
     * the JVM sees a monitor deadlock, or at the timeout.
     */
    public static void awaitAll(List<? extends Future<?>> work, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Future<?> future : work) {
            while (true) {
                try {
                    future.get(100, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException notYet) {
                    if (threads.findDeadlockedThreads() != null) {
                        throw new AssertionError("deadlock\n" + dump());
                    }
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError(
                                "not finished within "
                                        + timeout
                                        + ": a thread that never returns\n"
                                        + dump());
                    }
                } catch (ExecutionException e) {
                    throw new AssertionError("a worker failed: " + e.getCause(), e.getCause());
                }
            }
        }
    }

    /** The deadlocked threads the JVM sees (if any), then every thread with its locks and stack. */
    public static String dump() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder();
        long[] deadlocked = threads.findDeadlockedThreads();
        out.append(
                deadlocked == null
                        ? "The JVM finds no monitor deadlock.\n"
                        : "DEADLOCKED threads: " + deadlocked.length + "\n");
        List<ThreadInfo> infos = new ArrayList<>(List.of(threads.dumpAllThreads(true, true)));
        for (ThreadInfo info : infos) {
            out.append('"')
                    .append(info.getThreadName())
                    .append("\" ")
                    .append(info.getThreadState());
            if (info.getLockName() != null) {
                out.append(" waiting for ")
                        .append(info.getLockName())
                        .append(" held by ")
                        .append(info.getLockOwnerName());
            }
            out.append('\n');
            for (StackTraceElement frame : info.getStackTrace()) {
                out.append("    at ").append(frame).append('\n');
            }
            for (var monitor : info.getLockedMonitors()) {
                out.append("    holds ")
                        .append(monitor)
                        .append(" (locked at ")
                        .append(monitor.getLockedStackFrame())
                        .append(")\n");
            }
        }
        String text = out.toString();
        System.err.println(text);
        return text;
    }
}
