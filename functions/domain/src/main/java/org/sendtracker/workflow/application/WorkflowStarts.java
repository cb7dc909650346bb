package org.sendtracker.workflow.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;

/**
 * Starts an inspection's workflow and wakes it on an officer's change: the part of {@link
 * WorkflowService} the HTTP function needs. It holds no reminder machinery, so a function that only
 * records changes builds no mailer (docs/performance.md: no client a request path does not call).
 */
public final class WorkflowStarts {

    private static final Logger LOG = Logger.getLogger(WorkflowStarts.class.getName());

    private final Workflows workflows;
    private final WorkflowSignals signals;
    private final Clock clock;

    public WorkflowStarts(Workflows workflows, WorkflowSignals signals, Clock clock) {
        this.workflows = Objects.requireNonNull(workflows, "workflows == null");
        this.signals = Objects.requireNonNull(signals, "signals == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /**
     * An officer's change: wake the waiting execution at once, start the first one for a new
     * inspection, or a new one for an inspection reopened after its workflow ended.
     */
    public void changed(Inspection inspection, RecordedEvent event) {
        wake(inspection);
    }

    /**
     * Wakes the inspection's workflow (or starts it), as {@link #changed} does: for what changes
     * beside the inspection itself, such as a progress report issued, whose link its Tick emails.
     */
    public void wake(Inspection inspection) {
        try {
            Optional<WorkflowState> state = workflows.find(inspection.id());
            if (state.isEmpty() || state.get().generation() == 0) {
                start(inspection, 1);
            } else if (state.get().ended() && inspection.stage() != Stage.CLOSED) {
                // A withdrawal or correction reopened a closed inspection: its workflow had
                // ended, so a new generation takes over (docs/corrections-plan.md).
                start(inspection, state.get().generation() + 1);
            } else if (state.get().taskToken() != null
                    && !state.get().ended()
                    && !signals.wake(state.get().taskToken())) {
                // Nothing waits on the token: the execution died while waiting. A new generation
                // takes over;
                // should the old one still be alive, its next tick sees it is superseded and ends.
                start(inspection, state.get().generation() + 1);
            }
        } catch (RuntimeException e) {
            // The change is stored; the next tick or the daily reconcile picks it up.
            LOG.log(
                    Level.WARNING,
                    "could not signal the workflow of " + inspection.id() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * Starts execution {@code generation} of the inspection's workflow, unless that generation was
     * already saved.
     */
    void start(Inspection inspection, int generation) {
        Instant now = clock.instant();
        WorkflowState state =
                WorkflowState.starting(
                        inspection.id(), generation, inspection.stage(), inspection.version(), now);
        if (workflows.save(state)) {
            signals.start(
                    state.executionName(),
                    new TickInput(inspection.id().value(), inspection.stage(), generation, 0));
        }
    }
}
