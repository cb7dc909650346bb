package org.sendtracker.local.workflow;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.workflow.application.WorkflowState;
import org.sendtracker.workflow.application.Workflows;

/**
 * Counts the writes of workflow states, whoever makes them (the HTTP function, a workflow function,
 * the demo loader: locally they share one application context), so the scheduled reconcile knows
 * when what it last read may have changed. Every {@link Workflows} bean is wrapped as it is
 * created.
 */
@Singleton
final class WorkflowWrites implements BeanCreatedEventListener<Workflows> {

    private final AtomicLong writes = new AtomicLong();

    @Override
    public Workflows onCreated(BeanCreatedEvent<Workflows> event) {
        return new Counting(event.getBean(), writes);
    }

    /**
     * How many saves have been made (counted after each save, so a read begun after this count saw
     * none of the later ones).
     */
    long count() {
        return writes.get();
    }

    private record Counting(Workflows delegate, AtomicLong writes) implements Workflows {

        @Override
        public Optional<WorkflowState> find(InspectionId id) {
            return delegate.find(id);
        }

        @Override
        public boolean save(WorkflowState state) {
            try {
                return delegate.save(state);
            } finally {
                writes.incrementAndGet();
            }
        }

        @Override
        public List<WorkflowState> overdueBefore(Instant before) {
            return delegate.overdueBefore(before);
        }
    }
}
