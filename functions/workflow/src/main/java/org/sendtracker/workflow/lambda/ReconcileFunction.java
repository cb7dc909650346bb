package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.workflow.application.WorkflowService;
import org.sendtracker.workflow.application.Workflows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Daily (an EventBridge schedule): restarts every inspection whose workflow is missing its timer,
 * found by index. Running it twice restarts nothing twice: execution names carry the generation.
 *
 * <p>Before a SnapStart snapshot ({@link Priming}) it queries the index for workflows overdue before 1970
 * (none) and reads an inspection that does not exist: nothing is restarted or written.
 */
public class ReconcileFunction extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    @Inject
    WorkflowService workflows;

    private final Priming priming = Priming.register("ReconcileFunction", List.of(
            new Priming.Step("workflows overdue before 1970", () -> applicationContext.getBean(Workflows.class).overdueBefore(Instant.EPOCH)),
            WorkflowPriming.tickOfAbsentInspection(applicationContext)));

    public ReconcileFunction() {
        super();
    }

    public ReconcileFunction(ApplicationContext context) {
        super(context);
    }

    /**
     * Micronaut's Lambda context builder ({@code LambdaApplicationContextBuilder}) less its eager singletons:
     * only what a request asks for is built (docs/design.md, "Cold starts"); SnapStart's priming builds what
     * the first request needs. The builder cannot be told to drop them once set, hence its settings copied here.
     */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return ApplicationContext.builder().environments("function", "lambda").eagerInitConfiguration(true);
    }

    /** What a SnapStart snapshot's hook runs (also for a benchmark in a JVM without CRaC). */
    public Priming priming() {
        return priming;
    }

    @Override
    public Map<String, Object> execute(Map<String, Object> scheduledEvent) {
        List<String> restarted = workflows.reconcile();
        return Map.of("restarted", restarted);
    }
}
