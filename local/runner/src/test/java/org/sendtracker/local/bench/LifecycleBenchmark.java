package org.sendtracker.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.local.LocalSettings;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.local.clock.LocalClock;
import org.sendtracker.local.ses.Outbox;
import org.sendtracker.local.stepfunctions.ExecutionDescription;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.workflow.LocalLambdas;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Result;

/**
 * Runs N complete LASEND_2016 lifecycles (report, WSoA, not fit, resubmitted, accepted, a
 * monitoring visit, revisit notified, one area insufficient, APP, progress review, closed: 2019 to
 * 2021 in simulated time) through the local system: the same application services, state machine,
 * workflow functions, DynamoDB Local and local SES as in the tests. Prints wall time, the work per
 * lifecycle and what it would cost on AWS at public list prices.
 *
 * <p>Run: {@code benchmarks/lifecycles.sh [N]} (default 1000). DynamoDB Local and the engine keep
 * their state in memory unless {@code -Dbench.persistent=true}: nothing needs to survive a
 * benchmark.
 */
public final class LifecycleBenchmark {

    private static final Actor OFFICER = new Actor("benchmark-officer", "Benchmark officer");

    /** Public list prices, us-east-1, as published on the AWS pricing pages (USD). */
    private static final double SFN_PER_TRANSITION = 0.025 / 1_000;

    private static final double LAMBDA_PER_REQUEST = 0.20 / 1_000_000;
    private static final double LAMBDA_PER_GB_SECOND_ARM = 0.0000133334;
    private static final double DYNAMODB_PER_WRITE_UNIT = 0.625 / 1_000_000;
    private static final double DYNAMODB_PER_READ_UNIT = 0.125 / 1_000_000;
    private static final double SES_PER_EMAIL = 0.10 / 1_000;

    /** Lambda memory in template.yaml (1024 MB). */
    private static final double GB = 1.0;

    /**
     * Assumed billed duration of one HTTP function request (not measured here: the local call runs
     * the workflow inline).
     */
    private static final double HTTP_SECONDS = 0.1;

    private record Step(String at, Map<String, Object> event) {}

    private static final List<Step> STEPS =
            List.of(
                    new Step(
                            "2019-05-14T09:00:00Z",
                            Map.of(
                                    "type",
                                    "REPORT_RECEIVED",
                                    "on",
                                    "2019-05-14",
                                    "wsoaRequired",
                                    true,
                                    "weaknesses",
                                    List.of("EHC plans", "Joint commissioning"))),
                    new Step(
                            "2019-08-21T12:00:00Z",
                            Map.of("type", "WSOA_SUBMITTED", "on", "2019-08-21")),
                    new Step(
                            "2019-09-10T10:00:00Z",
                            Map.of(
                                    "type",
                                    "WSOA_DECISION",
                                    "on",
                                    "2019-09-10",
                                    "fitForPurpose",
                                    false,
                                    "resubmitBy",
                                    "2019-10-08")),
                    new Step(
                            "2019-10-08T12:00:00Z",
                            Map.of("type", "WSOA_SUBMITTED", "on", "2019-10-08")),
                    new Step(
                            "2019-10-18T10:00:00Z",
                            Map.of(
                                    "type",
                                    "WSOA_DECISION",
                                    "on",
                                    "2019-10-18",
                                    "fitForPurpose",
                                    true)),
                    new Step(
                            "2020-01-20T10:00:00Z",
                            Map.of(
                                    "type",
                                    "MONITORING_VISIT",
                                    "on",
                                    "2020-01-20",
                                    "statuses",
                                    Map.of("1", "ON_TRACK", "2", "DELAYED"))),
                    new Step(
                            "2020-03-02T10:00:00Z",
                            Map.of("type", "REVISIT_NOTIFIED", "on", "2020-03-02")),
                    new Step(
                            "2020-04-20T10:00:00Z",
                            Map.of(
                                    "type",
                                    "REVISIT_OUTCOME",
                                    "on",
                                    "2020-04-20",
                                    "publishedOn",
                                    "2020-04-27",
                                    "sufficientProgress",
                                    Map.of("1", true, "2", false),
                                    "appDueOn",
                                    "2020-06-30")),
                    new Step(
                            "2020-07-07T10:00:00Z",
                            Map.of("type", "APP_SUBMITTED", "on", "2020-07-07")),
                    new Step(
                            "2020-10-27T12:00:00Z",
                            Map.of("type", "PROGRESS_REVIEW_HELD", "on", "2020-10-27")));

    public static void main(String[] args) throws Exception {
        // DynamoDB Local's server threads are not daemons: end the JVM either way.
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int lifecycles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dataDir = Files.createTempDirectory("sendtracker-bench");
        CapacityMeter.enabled = true;
        long started = System.nanoTime();
        int officerRequests = 0;
        try (LocalSystem system =
                LocalSystem.start(
                        new LocalSettings(0, dataDir),
                        false,
                        Map.of(
                                "sendtracker.local.clock-start",
                                "2019-03-11T09:00:00Z",
                                "sendtracker.local.timer-pump",
                                "off",
                                LocalSystem.IN_MEMORY,
                                String.valueOf(!Boolean.getBoolean("bench.persistent"))))) {
            var context = system.context();
            AreaService areas = context.getBean(AreaService.class);
            InspectionService inspections = context.getBean(InspectionService.class);
            LocalClock clock = context.getBean(LocalClock.class);
            StepFunctionsEngine engine = context.getBean(StepFunctionsEngine.class);

            List<String> ids = new ArrayList<>();
            for (int i = 0; i < lifecycles; i++) {
                String area = "bench-" + i;
                ok(
                        areas.create(
                                Map.of(
                                        "id",
                                        area,
                                        "name",
                                        "Bench area " + i,
                                        "contacts",
                                        List.of(
                                                Map.of(
                                                        "name",
                                                        "Lead",
                                                        "email",
                                                        "lead@" + area + ".example",
                                                        "role",
                                                        "LEAD_OFFICER"),
                                                Map.of(
                                                        "name",
                                                        "Director",
                                                        "email",
                                                        "dcs@" + area + ".example",
                                                        "role",
                                                        "DIRECTOR_OF_CHILDRENS_SERVICES"))),
                                OFFICER));
                ids.add(
                        ok(inspections.create(
                                        Map.of(
                                                "areaId",
                                                area,
                                                "framework",
                                                "LASEND_2016",
                                                "notifiedOn",
                                                "2019-03-11",
                                                "startsOn",
                                                "2019-03-18",
                                                "endsOn",
                                                "2019-03-22"),
                                        OFFICER))
                                .id()
                                .value());
                officerRequests += 2;
            }
            for (Step step : STEPS) {
                clock.catchUpTo(Instant.parse(step.at()));
                for (String id : ids) {
                    ok(
                            inspections.record(
                                    id,
                                    new LinkedHashMap<>(step.event()),
                                    Optional.empty(),
                                    Optional.empty(),
                                    OFFICER));
                    officerRequests++;
                }
            }
            clock.catchUpTo(Instant.parse("2021-06-01T00:00:00Z"));
            double wallSeconds = (System.nanoTime() - started) / 1e9;

            String machine = engine.listStateMachines().get(0).stateMachineArn();
            long transitions = 0;
            long executions = 0;
            long maxHistory = 0;
            for (ExecutionDescription execution : engine.listExecutions(machine, null)) {
                transitions += execution.stats().stateTransitions();
                maxHistory = Math.max(maxHistory, execution.stats().historyEvents());
                executions++;
            }
            Map<String, LocalLambdas.Usage> usage = context.getBean(LocalLambdas.class).usage();
            long lambdaInvocations =
                    usage.values().stream().mapToLong(LocalLambdas.Usage::invocations).sum();
            double lambdaSeconds =
                    usage.values().stream().mapToDouble(LocalLambdas.Usage::seconds).sum();
            int emails = context.getBean(Outbox.class).messages().size();

            double n = lifecycles;
            double sfn = transitions / n * SFN_PER_TRANSITION;
            double lambdaRequests = (lambdaInvocations + officerRequests) / n * LAMBDA_PER_REQUEST;
            double lambdaCompute =
                    (lambdaSeconds + officerRequests * HTTP_SECONDS)
                            / n
                            * GB
                            * LAMBDA_PER_GB_SECOND_ARM;
            double dynamo =
                    (CapacityMeter.WRITE_UNITS.sum() * DYNAMODB_PER_WRITE_UNIT
                                    + CapacityMeter.READ_UNITS.sum() * DYNAMODB_PER_READ_UNIT)
                            / n;
            double ses = emails / n * SES_PER_EMAIL;

            System.out.printf(
                    "lifecycles:                 %d (LASEND_2016, report to closure, 2019-03 to 2021-06 simulated)%n",
                    lifecycles);
            System.out.printf(
                    "wall time:                  %.1f s (%.1f ms per lifecycle)%n",
                    wallSeconds, wallSeconds * 1000 / n);
            System.out.printf(
                    "per lifecycle:              %.1f executions, %.1f state transitions, %.1f Lambda task invocations (%s), %.1f officer requests, %.1f emails%n",
                    executions / n,
                    transitions / n,
                    lambdaInvocations / n,
                    perFunction(usage, n),
                    officerRequests / n,
                    emails / n);
            System.out.printf(
                    "largest execution history:  %d events (Step Functions' limit: 25,000)%n",
                    maxHistory);
            System.out.printf(
                    "DynamoDB per lifecycle:     %.1f requests, %.1f write units, %.1f read units%n",
                    CapacityMeter.REQUESTS.sum() / n,
                    CapacityMeter.WRITE_UNITS.sum() / n,
                    CapacityMeter.READ_UNITS.sum() / n);
            System.out.printf(
                    "workflow Lambda time:       %.1f ms per lifecycle in-process (warm JVM)%n",
                    lambdaSeconds * 1000 / n);
            System.out.printf(
                    "AWS cost per inspection (us-east-1 list prices): Step Functions $%.5f + Lambda requests $%.6f + Lambda GB-s $%.5f"
                            + " + DynamoDB on-demand $%.6f + SES $%.5f = $%.4f%n",
                    sfn,
                    lambdaRequests,
                    lambdaCompute,
                    dynamo,
                    ses,
                    sfn + lambdaRequests + lambdaCompute + dynamo + ses);
        }
    }

    private static String perFunction(Map<String, LocalLambdas.Usage> usage, double n) {
        StringBuilder out = new StringBuilder();
        usage.forEach(
                (name, use) ->
                        out.append(out.isEmpty() ? "" : ", ")
                                .append(name)
                                .append(' ')
                                .append(String.format("%.1f", use.invocations() / n)));
        return out.toString();
    }

    private static <T> T ok(Result<T> result) {
        if (result instanceof Result.Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("refused: " + ((Result.Refused<T>) result).rejection());
    }
}
