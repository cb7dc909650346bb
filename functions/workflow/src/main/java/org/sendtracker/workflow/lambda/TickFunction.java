package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.sendtracker.workflow.application.TickInput;
import org.sendtracker.workflow.application.WorkflowService;

import java.time.Instant;
import java.util.Map;

/**
 * The state machine's {@code Tick} task: re-read the inspection, send what is due, decide whether
 * to wait, restart as a new execution, or end. Input: {@code inspectionId, stage, generation, loops,
 * executionStartedAt}; output: a {@link org.sendtracker.workflow.application.Decision}.
 */
public class TickFunction extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    @Inject
    WorkflowService workflows;

    public TickFunction() {
        super();
    }

    public TickFunction(ApplicationContext context) {
        super(context);
    }

    record Request(String inspectionId, String stage, int generation, int loops, Instant executionStartedAt) {}

    @Override
    public Map<String, Object> execute(Map<String, Object> input) {
        Request request = Payloads.read(input, Request.class);
        TickInput tick = new TickInput(request.inspectionId(), request.stage(), request.generation(), request.loops());
        return Payloads.write(workflows.tick(tick, request.executionStartedAt()));
    }
}
