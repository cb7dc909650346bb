package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.infrastructure.snapstart.PrimingContext;
import org.sendtracker.infrastructure.snapstart.SyntheticRecords;
import org.sendtracker.workflow.application.WorkflowService;

/**
 * The state machine's {@code WaitForChangeOrTimer} task ({@code lambda:invoke.waitForTaskToken}):
 * keeps the task token where an officer's change will find it. Throws {@link
 * org.sendtracker.workflow.application.InspectionChangedException} if a change slipped in since the
 * tick, which the state machine catches to tick again at once.
 *
 * <p>Before a SnapStart snapshot ({@link Priming}) it is asked to wait for an inspection that does
 * not exist (one read, then a refusal) and reads that inspection through the service: nothing is
 * written.
 */
public class WaitFunction
        extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    @Inject WorkflowService workflows;

    private final Priming priming =
            Priming.register(
                    "WaitFunction",
                    List.of(
                            new Priming.Step(
                                    "Wait of an absent inspection", this::waitForAbsentInspection),
                            WorkflowPriming.tickOfAbsentInspection(applicationContext),
                            SyntheticRecords.storedBodies(applicationContext)));

    public WaitFunction() {
        super();
    }

    public WaitFunction(ApplicationContext context) {
        super(context);
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

    private void waitForAbsentInspection() {
        try {
            handleRequest(
                    Map.of(
                            "inspectionId",
                            Priming.ABSENT_INSPECTION,
                            "generation",
                            1,
                            "seenVersion",
                            1,
                            "taskToken",
                            "snapstart-priming"),
                    new PrimingContext());
        } catch (IllegalStateException noWorkflowState) {
            // Refused after one read, as expected: the absent inspection has no workflow state, so
            // nothing was written.
        }
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
