package org.sendtracker.workflow.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.reminders.application.ReminderService;

/**
 * Drives an inspection through time. A Step Functions execution per stage ticks (re-reading the
 * inspection from DynamoDB, the source of truth, and sending what is due), then waits for either
 * the next notice's time or an officer's change, whichever comes first. Executions stay far inside
 * Step Functions' limits (1 year, 25,000 history events): a stage change, {@link #MAX_LOOPS} ticks
 * or {@link #MAX_AGE} of age start a fresh execution, and no single wait exceeds {@link #MAX_WAIT}.
 */
public final class WorkflowService {

    static final int MAX_LOOPS = 200;
    static final Duration MAX_AGE = Duration.ofDays(300);
    static final Duration MAX_WAIT = Duration.ofDays(60);

    /** A workflow this late past its wake time has lost its timer. */
    static final Duration STALE_AFTER = Duration.ofHours(6);

    private static final Logger LOG = Logger.getLogger(WorkflowService.class.getName());

    private final Inspections inspections;
    private final ReminderService reminders;
    private final Workflows workflows;
    private final WorkflowStarts starts;
    private final Clock clock;

    public WorkflowService(
            Inspections inspections,
            ReminderService reminders,
            Workflows workflows,
            WorkflowSignals signals,
            Clock clock) {
        this.inspections = Objects.requireNonNull(inspections, "inspections == null");
        this.reminders = Objects.requireNonNull(reminders, "reminders == null");
        this.workflows = Objects.requireNonNull(workflows, "workflows == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.starts = new WorkflowStarts(workflows, signals, clock);
    }

    /**
     * One tick of an execution; {@code startedAt} is the execution's start ({@code
     * $$.Execution.StartTime}).
     */
    public Decision tick(TickInput input, Instant startedAt) {
        Instant now = clock.instant();
        InspectionId id = new InspectionId(input.inspectionId());
        Optional<Inspection> found = inspections.find(id);
        Optional<WorkflowState> state = workflows.find(id);
        if (found.isEmpty() || state.isPresent() && state.get().generation() > input.generation()) {
            return Decision.End.superseded(input.stage(), input.generation());
        }
        Inspection inspection = found.get();
        ReminderService.Pass pass = reminders.sendDue(inspection);
        Stage stage = inspection.stage();
        long version = inspection.version();
        if (stage == Stage.CLOSED) {
            workflows.save(WorkflowState.ended(id, input.generation(), stage, version, now));
            return new Decision.End(stage, input.generation(), version, pass.sent(), pass.failed());
        }
        boolean stageChanged = stage != input.stage();
        boolean worn =
                input.loops() >= MAX_LOOPS
                        || Duration.between(startedAt, now).compareTo(MAX_AGE) >= 0;
        if (stageChanged || worn) {
            int next = input.generation() + 1;
            workflows.save(WorkflowState.starting(id, next, stage, version, now));
            return new Decision.Restart(stage, next, version, pass.sent(), pass.failed());
        }
        Instant wakeAt =
                pass.nextAt()
                        .filter(at -> at.isBefore(now.plus(MAX_WAIT)))
                        .orElse(now.plus(MAX_WAIT));
        long waitSeconds = Math.max(1, Duration.between(now, wakeAt).toSeconds());
        workflows.save(WorkflowState.sleeping(id, input.generation(), stage, version, wakeAt, now));
        return new Decision.Wait(
                waitSeconds,
                wakeAt,
                stage,
                input.generation(),
                version,
                pass.sent(),
                pass.failed());
    }

    /**
     * The execution now waits on {@code taskToken}. Refuses (so the state machine ticks again at
     * once) if the inspection changed since the tick, or a report was issued whose link is still
     * owed: that change's wake-up found no token to use.
     */
    public void waiting(String inspectionId, int generation, long seenVersion, String taskToken) {
        InspectionId id = new InspectionId(inspectionId);
        WorkflowState state =
                workflows
                        .find(id)
                        .orElseThrow(
                                () -> new IllegalStateException("no workflow state for " + id));
        if (state.generation() != generation) {
            return;
        }
        workflows.save(state.waitingOn(taskToken, clock.instant()));
        long version = inspections.find(id).map(Inspection::version).orElse(seenVersion);
        if (version != seenVersion) {
            throw new InspectionChangedException(
                    "inspection " + id + " moved from version " + seenVersion + " to " + version);
        }
        if (reminders.owesReportLinks(id)) {
            throw new InspectionChangedException(
                    "inspection " + id + " has a report issued whose link is not emailed yet");
        }
    }

    /**
     * An officer's change: wake the waiting execution at once, or start the first one for a new
     * inspection.
     */
    public void changed(Inspection inspection, RecordedEvent event) {
        starts.changed(inspection, event);
    }

    /**
     * Finishes each open inspection's change that was written in parts and stopped between them
     * (docs/design.md, "An inspection's writes"): its lists are made to agree with it. Returns how
     * many open inspections were read; one that fails is left for the next run.
     */
    public int settleOpen() {
        int read = 0;
        for (Inspection open : inspections.open()) {
            try {
                inspections.settle(open);
                read++;
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "could not settle the deadline items of "
                                + open.id()
                                + ": "
                                + e.getMessage(),
                        e);
            }
        }
        return read;
    }

    /**
     * Restarts every workflow that is missing its timer; returns the inspections restarted. Safe to
     * run twice.
     */
    public List<String> reconcile() {
        Instant now = clock.instant();
        List<String> restarted = new ArrayList<>();
        for (WorkflowState stale : workflows.overdueBefore(now.minus(STALE_AFTER))) {
            Optional<Inspection> inspection = inspections.find(stale.inspectionId());
            if (inspection.isEmpty() || inspection.get().stage() == Stage.CLOSED) {
                workflows.save(stale.endedAt(now));
                continue;
            }
            try {
                starts.start(inspection.get(), stale.generation() + 1);
                restarted.add(stale.inspectionId().value());
            } catch (RuntimeException e) {
                // One failure must not leave the others stranded; this one is retried tomorrow.
                LOG.log(
                        Level.WARNING,
                        "could not restart the workflow of "
                                + stale.inspectionId()
                                + ": "
                                + e.getMessage(),
                        e);
            }
        }
        return restarted;
    }
}
