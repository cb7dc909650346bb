package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sendtracker.infrastructure.dynamodb.AreaDigestBackfill;
import org.sendtracker.infrastructure.dynamodb.ClosedInspectionsBackfill;
import org.sendtracker.infrastructure.dynamodb.KeyBackfill;
import org.sendtracker.infrastructure.dynamodb.MetLateBackfill;
import org.sendtracker.infrastructure.dynamodb.OpenIndexesBackfill;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.workflow.application.WorkflowService;
import org.sendtracker.workflow.application.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hourly (an EventBridge Scheduler schedule with an explicit input,
 * events/workflow-reconcile.json): restarts every inspection whose workflow is missing its timer,
 * found by index. The input is not read, so a schedule that sends none (a {@code null} payload)
 * reconciles all the same. Running it twice restarts nothing twice: execution names carry the
 * generation. After the restarts it backfills the sparse indexes of a table made before them
 * ({@link OpenIndexesBackfill}, {@link MetLateBackfill}: one read each a run once done), and the
 * closing-day keys and the areas' digests likewise ({@link ClosedInspectionsBackfill}, {@link
 * AreaDigestBackfill}): each walks the table once, and again at least the settling time later
 * ({@code sendtracker.backfill.settle}) to key what the version before wrote during the deployment
 * ({@link KeyBackfill}).
 *
 * <p>Before a SnapStart snapshot ({@link Priming}) it queries the index for workflows overdue
 * before 1970 (none) and reads an inspection that does not exist: nothing is restarted or written.
 */
public class ReconcileFunction
        extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileFunction.class);

    @Inject WorkflowService workflows;

    @Inject OpenIndexesBackfill openIndexes;

    @Inject MetLateBackfill metLate;

    @Inject ClosedInspectionsBackfill closedInspections;

    @Inject AreaDigestBackfill areaDigests;

    private final Priming priming =
            Priming.register(
                    "ReconcileFunction",
                    List.of(
                            new Priming.Step(
                                    "workflows overdue before 1970",
                                    () ->
                                            applicationContext
                                                    .getBean(Workflows.class)
                                                    .overdueBefore(Instant.EPOCH)),
                            WorkflowPriming.tickOfAbsentInspection(applicationContext)));

    public ReconcileFunction() {
        super();
    }

    public ReconcileFunction(ApplicationContext context) {
        super(context);
    }

    /**
     * Micronaut refuses a {@code null} input ("Unconvertible input: null"): here it stands for an
     * empty one.
     */
    @Override
    protected Map<String, Object> convertInput(Object input) {
        return input == null ? Map.of() : super.convertInput(input);
    }

    /** Only what a request asks for is built: {@link Priming#lambdaContextBuilder()}. */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return Priming.lambdaContextBuilder();
    }

    /** What a SnapStart snapshot's hook runs (also for a benchmark in a JVM without CRaC). */
    public Priming priming() {
        return priming;
    }

    private static void backfill(String what, KeyBackfill backfill) {
        long started = System.nanoTime();
        KeyBackfill.Run run = backfill.run();
        if (run.outcome() == KeyBackfill.Outcome.KEYED
                || run.outcome() == KeyBackfill.Outcome.DONE) {
            LOG.info(
                    "{} backfill walked the table in {} ms: {} items lacked what it writes; {}",
                    what,
                    (System.nanoTime() - started) / 1_000_000,
                    run.lacking(),
                    run.outcome() == KeyBackfill.Outcome.DONE
                            ? "done, read by it from now"
                            : "to be walked again after the settling time");
        }
    }

    @Override
    public Map<String, Object> execute(Map<String, Object> scheduleInputOrNull) {
        List<String> restarted = workflows.reconcile();
        LOG.info("reconcile restarted {} workflows {}", restarted.size(), restarted);
        // a change written in parts and stopped between them: its lists put right (docs/design.md)
        int settled = workflows.settleOpen();
        LOG.info("reconcile read the deadline items of {} open inspections", settled);
        // Once per table, after the restarts (which matter more): the keys' backfills, each done
        // after a second walk that finds nothing the version before left without them.
        backfill("open indexes", openIndexes);
        backfill("met-late key", metLate);
        backfill("closing-day key", closedInspections);
        backfill("areas' digest", areaDigests);
        return Map.of("restarted", restarted);
    }
}
