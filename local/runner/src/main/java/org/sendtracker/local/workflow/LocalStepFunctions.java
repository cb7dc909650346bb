package org.sendtracker.local.workflow;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendtracker.local.clock.LocalClock;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.stepfunctions.protocol.SfnJsonProtocol;

/**
 * The local Step Functions: the engine over {@code DATA_DIR/stepfunctions}, on the local clock,
 * with the project's state machine loaded from the very file the template deploys, with the
 * template's {@code DefinitionSubstitutions} pointing at the in-process functions. Timers fire when
 * the clock is moved and every second as it runs.
 */
@Factory
final class LocalStepFunctions {

    public static final String STATE_MACHINE = "InspectionWorkflow";
    public static final String DEFINITION = "/statemachine/inspection-workflow.asl.json";

    @Singleton
    @Context
    StepFunctionsEngine engine(
            LocalClock clock,
            LocalLambdas lambdas,
            @Value("${sendtracker.local.data-dir:.data}") Path dataDir,
            @Value("${sendtracker.local.in-memory:false}") boolean inMemory) {
        StepFunctionsEngine engine =
                inMemory
                        ? StepFunctionsEngine.inMemory(clock, lambdas)
                        : StepFunctionsEngine.persistent(
                                dataDir.resolve("stepfunctions"), clock, lambdas);
        Map<String, String> substitutions = new LinkedHashMap<>();
        LocalLambdas.FUNCTIONS.forEach(
                (name, function) -> substitutions.put(name, LocalLambdas.arn(function)));
        engine.createStateMachine(STATE_MACHINE, definition(), substitutions);
        clock.onAdvance(now -> engine.fireDueTimers());
        clock.stopAt(engine::nextTimerDue);
        return engine;
    }

    @Singleton
    SfnJsonProtocol protocol(StepFunctionsEngine engine) {
        return new SfnJsonProtocol(engine);
    }

    static String definition() {
        try (InputStream in = LocalStepFunctions.class.getResourceAsStream(DEFINITION)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFINITION + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As time passes at real speed, timers (and the reconcile) come due without anyone moving the
     * clock. Tests that drive time step by step switch it off ({@code
     * sendtracker.local.timer-pump=off}) so no timer fires on another thread while they move the
     * clock.
     */
    @Singleton
    @Requires(property = "sendtracker.local.timer-pump", notEquals = "off")
    static final class TimerPump {
        private final StepFunctionsEngine engine;
        private final ScheduledReconcile reconcile;
        private final LocalClock clock;

        TimerPump(StepFunctionsEngine engine, ScheduledReconcile reconcile, LocalClock clock) {
            this.engine = engine;
            this.reconcile = reconcile;
            this.clock = clock;
        }

        @Scheduled(fixedDelay = "1s", initialDelay = "2s")
        void fireDueTimers() {
            if (engine.timersStopped()) {
                return; // stopping: neither timers nor the reconcile start anything now
            }
            engine.fireDueTimers();
            reconcile.runIfDue(clock.instant());
        }
    }
}
