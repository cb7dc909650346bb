package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.infrastructure.config.ReminderPriming;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.infrastructure.snapstart.PrimingContext;
import org.sendtracker.infrastructure.snapstart.SyntheticRecords;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.workflow.application.Decision;
import org.sendtracker.workflow.application.TickInput;
import org.sendtracker.workflow.application.WorkflowService;
import org.sendtracker.workflow.application.WorkflowState;
import org.sendtracker.workflow.application.Workflows;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The state machine's {@code Tick} task: re-read the inspection, send what is due, decide whether
 * to wait, restart as a new execution, or end. Input: {@code inspectionId, stage, generation,
 * loops, executionStartedAt}; output: a {@link Decision}, in the shape {@link Payloads#decision}
 * gives it.
 *
 * <p>Before a SnapStart snapshot ({@link Priming}) it ticks an inspection that does not exist (two
 * reads, then the end), computes a due date (the bank-holiday calendar), builds the SES client
 * without calling it, and ticks a synthetic inspection whose reminder is due through its own
 * reminder service, ledger, mailer and workflow repository, over clients that answer in the JVM
 * ({@link ReminderPriming}): nothing is written or sent.
 */
public class TickFunction
        extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    @Inject WorkflowService workflows;

    private final Priming priming =
            Priming.register(
                    "TickFunction",
                    List.of(
                            new Priming.Step(
                                    "Tick of an absent inspection",
                                    () ->
                                            handleRequest(
                                                    WorkflowPriming.ABSENT_TICK,
                                                    new PrimingContext())),
                            WorkflowPriming.bankHolidays(applicationContext),
                            SyntheticRecords.storedBodies(applicationContext),
                            // Built, not called: its first send then skips the client's
                            // construction. No mail is sent here.
                            new Priming.Step(
                                    "SES client",
                                    () -> applicationContext.getBean(SesV2Client.class)),
                            ReminderPriming.step(applicationContext)));

    public TickFunction() {
        super();
    }

    public TickFunction(ApplicationContext context) {
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

    record Request(
            String inspectionId,
            String stage,
            int generation,
            int loops,
            Instant executionStartedAt) {}

    @Inject Workflows states;

    @Inject Clock clock;

    /**
     * Ticks, then flushes its metrics: Ticks, RemindersDue (sent or failed now), EmailsSent,
     * EmailsFailed and, for a tick its timer woke, WakeLatency (how long after the planned wake
     * time it ran).
     */
    @Override
    public Map<String, Object> execute(Map<String, Object> input) {
        Request request = Payloads.read(input, Request.class);
        TickInput tick =
                new TickInput(
                        request.inspectionId(),
                        Payloads.stage(request.stage()),
                        request.generation(),
                        request.loops());
        Optional<Instant> plannedWake =
                InspectionId.isValid(request.inspectionId())
                        ? states.find(new InspectionId(request.inspectionId()))
                                .map(WorkflowState::nextWakeAt)
                        : Optional.empty();
        Instant now = clock.instant();
        Decision decision = workflows.tick(tick, request.executionStartedAt());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Ticks", 1);
        counts.put("RemindersDue", decision.sent() + decision.failed());
        counts.put("EmailsSent", decision.sent());
        counts.put("EmailsFailed", decision.failed());
        Long lateBy =
                plannedWake
                        .filter(wake -> !now.isBefore(wake))
                        .map(wake -> Duration.between(wake, now).toMillis())
                        .orElse(null);
        FunctionMetrics.flush(counts, "WakeLatency", lateBy);
        return Payloads.decision(decision);
    }
}
