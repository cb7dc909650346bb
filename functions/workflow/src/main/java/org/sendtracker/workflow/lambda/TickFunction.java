package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.workflow.application.TickInput;
import org.sendtracker.workflow.application.WorkflowService;

import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The state machine's {@code Tick} task: re-read the inspection, send what is due, decide whether
 * to wait, restart as a new execution, or end. Input: {@code inspectionId, stage, generation, loops,
 * executionStartedAt}; output: a {@link org.sendtracker.workflow.application.Decision}.
 *
 * <p>Before a SnapStart snapshot ({@link Priming}) it ticks an inspection that does not exist (two reads,
 * then the end), computes a due date (the bank-holiday calendar) and builds the SES client without calling it.
 */
public class TickFunction extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    @Inject
    WorkflowService workflows;

    private final Priming priming = Priming.register("TickFunction", List.of(
            new Priming.Step("Tick of an absent inspection", () -> execute(WorkflowPriming.ABSENT_TICK)),
            WorkflowPriming.bankHolidays(applicationContext),
            // Built, not called: its first send then skips the client's construction. No mail is sent here.
            new Priming.Step("SES client", () -> applicationContext.getBean(SesV2Client.class))));

    public TickFunction() {
        super();
    }

    public TickFunction(ApplicationContext context) {
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

    record Request(String inspectionId, String stage, int generation, int loops, Instant executionStartedAt) {}

    /** What a SnapStart snapshot's hook runs (also for a benchmark in a JVM without CRaC). */
    public Priming priming() {
        return priming;
    }

    @Override
    public Map<String, Object> execute(Map<String, Object> input) {
        Request request = Payloads.read(input, Request.class);
        TickInput tick = new TickInput(request.inspectionId(), request.stage(), request.generation(), request.loops());
        return Payloads.write(workflows.tick(tick, request.executionStartedAt()));
    }
}
