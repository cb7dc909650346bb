package org.sendtracker.workflow.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sendtracker.workflow.application.TickInput;
import org.sendtracker.workflow.application.WorkflowSignals;

/** Stands in for Step Functions: records the executions started and the task tokens woken. */
@Singleton
@Replaces(WorkflowSignals.class)
public final class RecordingSignals implements WorkflowSignals {

    public record Started(String executionName, TickInput input) {}

    private final List<Started> started = new CopyOnWriteArrayList<>();
    private final List<String> woken = new CopyOnWriteArrayList<>();

    @Override
    public void start(String executionName, TickInput input) {
        started.add(new Started(executionName, input));
    }

    @Override
    public boolean wake(String taskToken) {
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
