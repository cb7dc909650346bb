package org.sendtracker.infrastructure.snapstart;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming (docs/performance.md): before Lambda takes a function's snapshot, runs what its
 * first request would otherwise load (the DynamoDB client's request path, the routes, the JSON
 * (de)serialisers, the page templates, the bank-holiday calendar), so a restored function answers
 * its first request almost as fast as a warm one.
 *
 * <p>Each step must be harmless: reads of keys no record has ({@link #ABSENT_AREA}, {@link
 * #ABSENT_INSPECTION}), never a write, never a call to SES or Step Functions that leaves the JVM (a
 * step that runs a write's or a send's code does it over an {@link OfflineHttpClient}, which
 * answers inside the JVM). Nothing kept from it breaks after a restore: the SDK refreshes expired
 * credentials itself and the URL-connection client's keep-alive cache drops idle connections by
 * age; no clock, random seed or id is captured. A failed step is logged and the others still run: a
 * snapshot primed less is still correct, only slower on its first request.
 *
 * <p>The hook is registered with CRaC's global context, which holds it weakly: the handler keeps
 * the returned instance in a field. On a JVM without CRaC (tests, the local runner) it never runs
 * unless {@link #prime()} is called.
 */
public final class Priming implements Resource {

    /**
     * Micronaut's Lambda context builder ({@code LambdaApplicationContextBuilder}) less its eager
     * singletons, for every handler's {@code newApplicationContextBuilder}: only what a request
     * asks for is built (docs/performance.md); priming builds what the first request needs. The
     * builder cannot be told to drop them once set, hence its settings copied here.
     */
    public static ApplicationContextBuilder lambdaContextBuilder() {
        return ApplicationContext.builder()
                .environments("function", "lambda")
                .eagerInitConfiguration(true);
    }

    /** An area id no council has: reading it finds nothing. */
    public static final String ABSENT_AREA = "snapstart-priming";

    /**
     * An inspection id no inspection has: an area that does not exist, on a date before the
     * frameworks.
     */
    public static final String ABSENT_INSPECTION = ABSENT_AREA + "-2000-01-03";

    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);

    /** One thing to warm, named for the log. */
    public record Step(String name, Runnable action) {
        public Step {
            Objects.requireNonNull(name, "name == null");
            Objects.requireNonNull(action, "action == null");
        }
    }

    private final String function;
    private final List<Step> steps;

    private Priming(String function, List<Step> steps) {
        this.function = Objects.requireNonNull(function, "function == null");
        this.steps = List.copyOf(steps);
    }

    /**
     * Registers {@code steps}, run in order before {@code function}'s snapshot. Keep the result:
     * CRaC holds it weakly.
     */
    public static Priming register(String function, List<Step> steps) {
        Priming priming = new Priming(function, steps);
        Core.getGlobalContext().register(priming);
        return priming;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to undo: priming keeps no connection, credential, time or seed that a restore
        // would make stale.
    }

    /** What a priming did: how long it took, and the steps that failed. */
    public record Primed(Duration took, List<String> failed) {}

    /** Runs every step. */
    public Primed prime() {
        long started = System.nanoTime();
        List<String> failed = new ArrayList<>();
        for (Step step : steps) {
            try {
                step.action().run();
            } catch (RuntimeException e) {
                failed.add(step.name());
                LOG.warn(
                        "{}: priming step '{}' failed, its first request after a restore will be slower: {}",
                        function,
                        step.name(),
                        e.toString());
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info(
                "{}: primed {} in {} ms",
                function,
                steps.stream().map(Step::name).toList(),
                took.toMillis());
        return new Primed(took, List.copyOf(failed));
    }
}
