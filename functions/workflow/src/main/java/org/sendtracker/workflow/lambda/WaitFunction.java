package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.Map;
import org.sendtracker.workflow.application.WorkflowService;

/**
 * The state machine's {@code WaitForChangeOrTimer} task ({@code lambda:invoke.waitForTaskToken}):
 * keeps the task token where an officer's change will find it. Throws {@link
 * org.sendtracker.workflow.application.InspectionChangedException} if a change slipped in since the
 * tick, which the state machine catches to tick again at once.
 */
public class WaitFunction
        extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    @Inject WorkflowService workflows;

    public WaitFunction() {
        super();
    }

    public WaitFunction(ApplicationContext context) {
        super(context);
    }

    record Request(String inspectionId, int generation, long seenVersion, String taskToken) {}

    @Override
    public Map<String, Object> execute(Map<String, Object> input) {
        Request request = Payloads.read(input, Request.class);
        workflows.waiting(
                request.inspectionId(),
                request.generation(),
                request.seenVersion(),
                request.taskToken());
        return Map.of("waiting", true);
    }
}
