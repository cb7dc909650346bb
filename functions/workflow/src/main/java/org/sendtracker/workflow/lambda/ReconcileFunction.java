package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.sendtracker.workflow.application.WorkflowService;

import java.util.List;
import java.util.Map;

/**
 * Daily (an EventBridge schedule): restarts every inspection whose workflow is missing its timer,
 * found by index. Running it twice restarts nothing twice: execution names carry the generation.
 */
public class ReconcileFunction extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    @Inject
    WorkflowService workflows;

    public ReconcileFunction() {
        super();
    }

    public ReconcileFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    public Map<String, Object> execute(Map<String, Object> scheduledEvent) {
        List<String> restarted = workflows.reconcile();
        return Map.of("restarted", restarted);
    }
}
