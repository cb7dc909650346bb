package org.sendtracker.local.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.sendtracker.local.ses.LocalEmailEvents;
import org.sendtracker.local.stepfunctions.TaskFailedException;
import org.sendtracker.local.stepfunctions.TaskInvoker;
import org.sendtracker.reminders.application.DeliveryReports;
import org.sendtracker.workflow.application.InspectionChangedException;
import org.sendtracker.workflow.lambda.EmailEventsFunction;
import org.sendtracker.workflow.lambda.ReconcileFunction;
import org.sendtracker.workflow.lambda.TickFunction;
import org.sendtracker.workflow.lambda.WaitFunction;

/**
 * The workflow's Lambda functions, invoked in-process: the real handler classes, given the local
 * system's application context. A handler's exception becomes the task's error named by the
 * exception's class, as Lambda reports a Java function's error type.
 */
@Singleton
public final class LocalLambdas implements TaskInvoker {

    /** Function names as the template's logical ids; the local ARNs end with them. */
    public static final Map<String, String> FUNCTIONS =
            Map.of(
                    "TickFunctionArn", "TickFunction",
                    "WaitFunctionArn", "WaitFunction");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger LOG =
            org.slf4j.LoggerFactory.getLogger(LocalLambdas.class);

    /**
     * The function whose handler is running on this thread, if any (what a deployed Lambda's role
     * would be).
     */
    private static final ThreadLocal<String> RUNNING = new ThreadLocal<>();

    private final Map<String, MicronautRequestHandler<Map<String, Object>, Map<String, Object>>>
            handlers;
    private final ReconcileFunction reconcile;
    private final EmailEventsFunction emailEvents;
    private final LocalEmailEvents publishedEmailEvents;

    LocalLambdas(ApplicationContext context, LocalEmailEvents publishedEmailEvents) {
        this.handlers =
                Map.of(
                        "TickFunction", new TickFunction(context),
                        "WaitFunction", new WaitFunction(context));
        this.reconcile = new ReconcileFunction(context);
        this.emailEvents = new EmailEventsFunction(context);
        this.publishedEmailEvents = publishedEmailEvents;
    }

    public static String arn(String functionName) {
        return "arn:aws:lambda:eu-west-2:000000000000:function:" + functionName;
    }

    @Override
    public JsonNode invoke(String functionName, JsonNode payload) throws TaskFailedException {
        var handler = handlers.get(functionName);
        if (handler == null) {
            throw new TaskFailedException(
                    "Lambda.ResourceNotFoundException", "Function not found: " + functionName);
        }
        Map<String, Object> input = JSON.convertValue(payload, new TypeReference<>() {});
        long started = System.nanoTime();
        String outer = RUNNING.get();
        RUNNING.set(functionName);
        try {
            return JSON.valueToTree(handler.handleRequest(input, null));
        } catch (RuntimeException e) {
            if (!(e instanceof InspectionChangedException)) {
                LOG.warn("{} failed on {}: {}", functionName, payload, e.toString(), e);
            }
            throw new TaskFailedException(e.getClass().getName(), String.valueOf(e.getMessage()));
        } finally {
            restore(outer);
            meter.computeIfAbsent(functionName, name -> new Usage())
                    .add(System.nanoTime() - started);
            deliverEmailEvents();
        }
    }

    /**
     * Feeds the delivery events the local SES endpoint published to the EmailEventsFunction
     * handler, as the template's EventBridge rule does in AWS: after the function that sent the
     * emails has returned (so its record of each send is written). An event the handler refuses for
     * now is kept for the next round, as Lambda retries an asynchronous invocation.
     */
    public void deliverEmailEvents() {
        for (Map<String, Object> event : publishedEmailEvents.takeAll()) {
            String outer = RUNNING.get();
            RUNNING.set("EmailEventsFunction");
            long started = System.nanoTime();
            try {
                emailEvents.handleRequest(event, null);
            } catch (DeliveryReports.NotYetSettledException notYet) {
                publishedEmailEvents.retryLater(event);
            } catch (RuntimeException e) {
                LOG.warn("EmailEventsFunction failed on {}: {}", event, e.toString(), e);
            } finally {
                restore(outer);
                meter.computeIfAbsent("EmailEventsFunction", name -> new Usage())
                        .add(System.nanoTime() - started);
            }
        }
    }

    /** Invocations and their total in-process duration, per function: what Lambda would bill. */
    public static final class Usage {
        private final LongAdder invocations = new LongAdder();
        private final LongAdder nanos = new LongAdder();

        void add(long elapsed) {
            invocations.increment();
            nanos.add(elapsed);
        }

        public long invocations() {
            return invocations.sum();
        }

        public double seconds() {
            return nanos.sum() / 1e9;
        }
    }

    private final Map<String, Usage> meter = new ConcurrentHashMap<>();

    public Map<String, Usage> usage() {
        return Map.copyOf(meter);
    }

    /** The reconcile, as its schedule would call it. */
    public Map<String, Object> reconcile() {
        return reconcile(Map.of("source", "local.schedule"));
    }

    /** The reconcile given {@code event}, as the scheduler sends the template's {@code Input}. */
    public Map<String, Object> reconcile(Map<String, Object> event) {
        String outer = RUNNING.get();
        RUNNING.set("ReconcileFunction");
        try {
            return reconcile.handleRequest(event, null);
        } finally {
            restore(outer);
        }
    }

    /**
     * Runs {@code work} as the function {@code functionName} would: its AWS calls are attributed to
     * it, also on the threads Micronaut continues the work on (a controller marked {@code
     * ExecuteOn(BLOCKING)} runs on another thread than the one handing it the request): the name
     * travels in Micronaut's propagated context, which every such hand-over carries.
     */
    public <T> T as(String functionName, Supplier<T> work) {
        long started = System.nanoTime();
        try (PropagatedContext.Scope ignored =
                PropagatedContext.getOrEmpty()
                        .plus(new RunningFunction(functionName))
                        .propagate()) {
            return work.get();
        } finally {
            meter.computeIfAbsent(functionName, name -> new Usage())
                    .add(System.nanoTime() - started);
        }
    }

    /** The running function's name, set on each thread the propagated context is applied to. */
    private record RunningFunction(String name) implements ThreadPropagatedContextElement<String> {

        @Override
        public String updateThreadContext() {
            String outer = RUNNING.get();
            RUNNING.set(name);
            return outer;
        }

        @Override
        public void restoreThreadContext(String outer) {
            restore(outer);
        }
    }

    /**
     * The template's name of the function running on this thread (a workflow function, or one
     * {@link #as} runs), or empty when none is: locally, every other AWS call comes from the HTTP
     * function. Lets a test hold each function's calls against the permissions template.yaml grants
     * it.
     */
    public static Optional<String> running() {
        return Optional.ofNullable(RUNNING.get());
    }

    private static void restore(String outer) {
        if (outer == null) {
            RUNNING.remove();
        } else {
            RUNNING.set(outer);
        }
    }
}
