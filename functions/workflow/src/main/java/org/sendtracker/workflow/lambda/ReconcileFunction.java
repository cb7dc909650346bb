package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.sendtracker.workflow.application.WorkflowService;

/**
 * Hourly (an EventBridge Scheduler schedule with an explicit input,
 * events/workflow-reconcile.json): restarts every inspection whose workflow is missing its timer,
 * found by index. The input is not read, so a schedule that sends none (a {@code null} payload)
 * reconciles all the same. Running it twice restarts nothing twice: execution names carry the
 * generation.
 */
public class ReconcileFunction
        extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    @Inject WorkflowService workflows;

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

    @Override
    public Map<String, Object> execute(Map<String, Object> scheduleInputOrNull) {
        List<String> restarted = workflows.reconcile();
        return Map.of("restarted", restarted);
    }
}
