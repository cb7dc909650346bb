package org.sendtracker.workflow.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sendtracker.workflow.application.TickInput;
import org.sendtracker.workflow.application.WorkflowSignals;

/**
 * Step Functions as a list of what was asked of it: the executions started and the task tokens
 * woken. {@link #failing} makes every call throw, as an outage would. The one copy every module's
 * tests use (the workflow functions' tests make it their {@code WorkflowSignals} bean).
 */
public final class RecordingSignals implements WorkflowSignals {

    public record Started(String executionName, TickInput input) {}

    private final List<Started> started = new CopyOnWriteArrayList<>();
    private final List<String> woken = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;
    private volatile boolean nobodyWaiting;
    private final Set<String> failingStarts = ConcurrentHashMap.newKeySet();

    public void failing(RuntimeException outage) {
        this.failure = outage;
    }

    /** Every token answers "no such task", as when the waiting execution has died. */
    public void nobodyWaiting() {
        this.nobodyWaiting = true;
    }

    /** Starting executions of this inspection fails, others succeed. */
    public void failingToStart(String inspectionId) {
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

    public List<Started> started() {
        return List.copyOf(started);
    }

    public List<String> woken() {
        return List.copyOf(woken);
    }
}
