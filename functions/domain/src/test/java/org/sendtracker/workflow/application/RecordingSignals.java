package org.sendtracker.workflow.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Step Functions as a list of what was asked of it; {@link #failing} makes every call throw, as an outage would. */
final class RecordingSignals implements WorkflowSignals {

    record Started(String executionName, TickInput input) {}

    final List<Started> started = new CopyOnWriteArrayList<>();
    final List<String> woken = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;

    void failing(RuntimeException outage) {
        this.failure = outage;
    }

    @Override
    public void start(String executionName, TickInput input) {
        if (failure != null) {
            throw failure;
        }
        started.add(new Started(executionName, input));
    }

    @Override
    public boolean wake(String taskToken) {
        if (failure != null) {
            throw failure;
        }
        woken.add(taskToken);
        return true;
    }
}
