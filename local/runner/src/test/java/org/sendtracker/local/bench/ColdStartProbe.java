package org.sendtracker.local.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The child side of {@link ColdStartBenchmark}, run in a fresh JVM whose classpath is a function's
 * shaded jar and this class: it does what the Lambda Java runtime does on a cold start (construct
 * the handler with its no-arg constructor, then hand it events) and prints when each step ended. It
 * uses nothing but the JDK and what every function jar carries (Jackson, the Lambda core
 * interfaces).
 *
 * <p>Usage: {@code ColdStartProbe <handler class> <event class | map> <event file>...}, one event
 * file per invocation. It prints, on stdout, lines starting with {@link #PREFIX}: {@code main
 * <epoch µs>}, {@code constructed <µs> <cpu µs>}, with {@code -Dcoldstart.prime=true} {@code primed
 * <µs> <cpu µs>} after the handler's SnapStart priming, then per invocation {@code invoked <from
 * µs> <to µs> <cpu µs> <response as JSON>}: times counted from main, CPU times the JVM's total so
 * far. An invocation's time covers reading and deserialising its event, as the runtime does before
 * calling the handler. Marker classes are loaded once the handler is constructed and once it has
 * answered the first event (and, primed, once the priming is done), so that a {@code
 * -Xlog:class+load} log can be cut into phases.
 */
public final class ColdStartProbe {

    static final String PREFIX = "coldstart-probe ";

    /**
     * System property: run the handler's SnapStart priming ({@code priming().prime()}) before the
     * first event.
     */
    static final String PRIME = "coldstart.prime";

    /** The exit status when a priming step failed (its reason is on stderr). */
    static final int PRIMING_FAILED = 3;

    public static void main(String[] args) throws Exception {
        long mainNanos = System.nanoTime();
        print("main " + ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));

        @SuppressWarnings("unchecked")
        RequestHandler<Object, Object> handler =
                (RequestHandler<Object, Object>)
                        Class.forName(args[0]).getDeclaredConstructor().newInstance();
        print("constructed " + micros(mainNanos) + " " + cpuMicros());
        mark("Constructed");
        if (Boolean.getBoolean(PRIME)) {
            // What SnapStart's beforeCheckpoint hook runs: this JVM has no CRaC, so the probe calls
            // it itself.
            Object priming = handler.getClass().getMethod("priming").invoke(handler);
            Object primed = priming.getClass().getMethod("prime").invoke(priming);
            List<?> failed = (List<?>) primed.getClass().getMethod("failed").invoke(primed);
            if (!failed.isEmpty()) {
                // A step that failed warmed less than it says: the benchmark reports it, not a
                // time.
                System.err.println("priming steps failed: " + failed);
                System.exit(PRIMING_FAILED);
            }
            print("primed " + micros(mainNanos) + " " + cpuMicros());
            mark("Primed");
        }

        ObjectMapper json = null;
        for (int i = 2; i < args.length; i++) {
            long from = micros(mainNanos);
            if (json == null) {
                json =
                        new ObjectMapper()
                                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            }
            byte[] event = Files.readAllBytes(Path.of(args[i]));
            Object input =
                    args[1].equals("map")
                            ? json.readValue(event, Map.class)
                            : json.readValue(event, Class.forName(args[1]));
            Object output = handler.handleRequest(input, new ProbeContext("invocation-" + (i - 1)));
            long to = micros(mainNanos);
            if (i == 2) {
                mark("FirstInvoked");
            }
            print(
                    "invoked "
                            + from
                            + " "
                            + to
                            + " "
                            + cpuMicros()
                            + " "
                            + json.writeValueAsString(output));
        }
        // Micronaut's and the SDK's threads would keep the JVM alive; Lambda freezes it instead.
        System.out.flush();
        System.exit(0);
    }

    /**
     * Loads the marker class {@code name}, which shows in a class-loading log where a step ended.
     */
    private static void mark(String name) throws ClassNotFoundException {
        Class.forName(
                ColdStartProbe.class.getName() + "$" + name,
                false,
                ColdStartProbe.class.getClassLoader());
    }

    private static final class Constructed {}

    private static final class FirstInvoked {}

    private static final class Primed {}

    /**
     * CPU time of the whole JVM so far (every thread: the JIT compilers, the collector), read after
     * the step's clock.
     */
    private static long cpuMicros() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() / 1_000;
    }

    private static long micros(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1_000;
    }

    private static void print(String line) {
        System.out.println(PREFIX + line);
    }

    /**
     * What the runtime hands the handler beside the event: a request id, a logger, the memory size.
     */
    private record ProbeContext(String requestId) implements Context {

        @Override
        public String getAwsRequestId() {
            return requestId;
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/coldstart-probe";
        }

        @Override
        public String getLogStreamName() {
            return "coldstart-probe";
        }

        @Override
        public String getFunctionName() {
            return "coldstart-probe";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:eu-west-2:123456789012:function:coldstart-probe";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 20_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                    System.err.print(message);
                }

                @Override
                public void log(byte[] message) {
                    System.err.print(new String(message, StandardCharsets.UTF_8));
                }
            };
        }
    }
}
