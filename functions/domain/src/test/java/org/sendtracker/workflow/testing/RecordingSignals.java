package org.sendtracker.workflow.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Step Functions as a list of what was asked of it; {@link #failing} makes every call throw, as an
 * outage would.
 */
final class RecordingSignals implements WorkflowSignals {

    record Started(String executionName, TickInput input) {}

    final List<Started> started = new CopyOnWriteArrayList<>();
    final List<String> woken = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;
    private volatile boolean nobodyWaiting;
    private final java.util.Set<String> failingStarts =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    void failing(RuntimeException outage) {
        this.failure = outage;
    }

    /** Every token answers "no such task", as when the waiting execution has died. */
    void nobodyWaiting() {
        this.nobodyWaiting = true;
    }

    /** Starting executions of this inspection fails, others succeed. */
    void failingToStart(String inspectionId) {
        failingStarts.add(inspectionId);
    }

    @Override
    public void start(String executionName, TickInput input) {
        if (failure != null) {
            throw failure;
        }
        if (failingStarts.contains(input.inspectionId())) {
            throw new IllegalStateException("ThrottlingException: Rate exceeded");
        }
        started.add(new Started(executionName, input));
    }

    @Override
    public boolean wake(String taskToken) {
        if (failure != null) {
            throw failure;
        }
        if (nobodyWaiting) {
            return false;
        }
        woken.add(taskToken);
        return true;
    }
}
