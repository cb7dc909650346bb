package org.sendtracker.local.workflow;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.local.clock.LocalClock;
import org.sendtracker.workflow.application.WorkflowState;
import org.sendtracker.workflow.application.Workflows;

/**
 * The reconcile on its schedule, in simulated time: as on AWS, where EventBridge Scheduler invokes
 * it, it restarts any workflow whose timer was lost (an execution file deleted, a run killed
 * mid-write). It runs once when the system starts ({@link #runNow}), then at the times of {@link
 * ReconcileSchedule} the clock passes: the clock stops there on its way forward, and the timer pump
 * looks as real time runs.
 *
 * <p>Moving the clock a year would otherwise stop it at 8,760 hourly runs, each a query. But a run
 * can only restart a workflow whose wake time has passed, so after each run it reads the earliest
 * wake time of any open workflow; until a workflow state is written again ({@link WorkflowWrites}),
 * the runs before that time are skipped as the ones that would find nothing. The clock then stops
 * at engine timers, and at scheduled runs only once a wake time has passed without its timer
 * firing: the lost timer.
 */
@Singleton
@Context
public final class ScheduledReconcile {

    static final String TEMPLATE = "/template.yaml";
    private static final org.slf4j.Logger LOG =
            org.slf4j.LoggerFactory.getLogger(ScheduledReconcile.class);
    private static final Instant NEVER = Instant.MAX;
    private static final Instant EVERY_OPEN_WORKFLOW = Instant.parse("9999-01-01T00:00:00Z");

    private final LocalLambdas lambdas;
    private final Workflows workflows;
    private final WorkflowWrites writes;
    private final ReconcileSchedule schedule;

    /** Scheduled times up to here are done with: run, or known to find nothing. Guarded by this. */
    private Instant lastRun;

    /**
     * The earliest wake time of an open workflow at the last run, while {@link #writesSeen} holds.
     */
    private Instant earliestWake = Instant.MIN;

    private long writesSeen = -1;

    /**
     * Set by the run at the system's start: only then does the schedule run (a bare context has no
     * table).
     */
    private boolean started;

    /**
     * @param expression another schedule than the template's ({@code
     *     sendtracker.local.reconcile-schedule}), for a test
     */
    ScheduledReconcile(
            LocalClock clock,
            LocalLambdas lambdas,
            Workflows workflows,
            WorkflowWrites writes,
            @Value("${sendtracker.local.reconcile-schedule:}") String expression) {
        this.lambdas = lambdas;
        this.workflows = workflows;
        this.writes = writes;
        ReconcileSchedule template = templateSchedule();
        this.schedule = expression.isBlank() ? template : template.withExpression(expression);
        this.lastRun = clock.instant();
        clock.stopAt(() -> Optional.of(nextRun()).filter(next -> !next.equals(NEVER)));
        clock.onAdvance(this::runIfDue);
    }

    /** Runs it now, as at the system's start; returns the reconcile's output. */
    public synchronized Map<String, Object> runNow(Instant now) {
        Map<String, Object> output = lambdas.reconcile(schedule.input());
        started = true;
        lastRun = now;
        long before = writes.count();
        earliestWake =
                lambdas
                        .as("ReconcileFunction", () -> workflows.overdueBefore(EVERY_OPEN_WORKFLOW))
                        .stream()
                        .map(WorkflowState::nextWakeAt)
                        .min(Instant::compareTo)
                        .orElse(NEVER);
        writesSeen = before;
        return output;
    }

    /**
     * Runs it if a time of its schedule has come since it last ran (once, however many have
     * passed), unless nothing can be found yet. A failure is logged and retried at the next look,
     * as the scheduler retries.
     */
    public synchronized void runIfDue(Instant now) {
        if (!started) {
            return;
        }
        if (nextRun().isAfter(now)) {
            lastRun = lastRun.isAfter(now) ? lastRun : now;
            return;
        }
        try {
            Map<String, Object> output = runNow(now);
            LOG.debug("reconcile at {}: {}", now, output);
        } catch (RuntimeException e) {
            writesSeen = -1;
            LOG.error(
                    "The scheduled reconcile failed at {} (it runs again at the next look): {}",
                    now,
                    e.toString(),
                    e);
        }
    }

    /**
     * The next scheduled run that may find something ({@link Instant#MAX} when none can until a
     * workflow changes).
     */
    public synchronized Instant nextRun() {
        if (!started) {
            return NEVER;
        }
        if (writesSeen == writes.count()) {
            Instant from = earliestWake.isAfter(lastRun) ? earliestWake : lastRun;
            return from.equals(NEVER) ? NEVER : schedule.nextAfter(from);
        }
        return schedule.nextAfter(lastRun);
    }

    public ReconcileSchedule schedule() {
        return schedule;
    }

    public static ReconcileSchedule templateSchedule() {
        try (InputStream template = ScheduledReconcile.class.getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new IllegalStateException(
                        "missing "
                                + TEMPLATE
                                + " on the classpath (the build copies it into the runner)");
            }
            return ReconcileSchedule.fromTemplate(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
