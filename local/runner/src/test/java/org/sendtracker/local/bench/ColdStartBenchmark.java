package org.sendtracker.local.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.local.clock.LocalClock;
import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Result;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a Lambda cold start of each function costs in JVM time on this machine. Each sample runs the
 * function's real handler class from its real shaded jar (the template's {@code CodeUri}) in a
 * fresh JVM, through {@link ColdStartProbe}: the handler is constructed as the Lambda runtime
 * constructs it, then invoked twice with a sample event from {@code events/}. Every answer is
 * checked, so no sample times an error path. Each function runs with {@code JAVA_TOOL_OPTIONS}
 * unset and as template.yaml sets it (C1 only), alternating sample by sample, then once more with
 * class loading logged, to show what its init spends time on. Beside wall time it reports the
 * child's CPU time, all threads: steadier when other work shares the machine, and what counts on
 * Lambda, where 1024 MB buys about 0.6 vCPU.
 *
 * <p>DynamoDB Local runs in this JVM, seeded through the application services with what the sample
 * POST events create (Cumbria, its 2019 inspection, the report with a WSoA due 21 August 2019);
 * each sample gets a fresh copy of that table, since Tick changes it. SES is a stub that accepts
 * the email; Step Functions points at a closed port, as nothing here may call it. The child sees
 * the function's environment variables from template.yaml and the SDK's endpoint system properties.
 *
 * <p>Not Lambda: JDK 17 on this machine's cores, not the template's java21 on arm64 with its share
 * of a vCPU; DynamoDB on loopback, not over the network; and no SnapStart, which on a published
 * version restores a snapshot taken after init (so init here is what $LATEST, or a version's first
 * snapshot, costs).
 *
 * <p>Run: {@code benchmarks/coldstart.sh [N] [template]} (default 5 samples per function and
 * setting; {@code template}: template.yaml's flags only).
 */
public final class ColdStartBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Actor OFFICER = new Actor("jo-smith", "Jo Smith");
    private static final Path EVENTS = Path.of("events");
    private static final String SEED_TABLE = "SendTracker-seed";
    private static final String INSPECTION = "cumbria-2019-03-18";
    private static final String STATE_MACHINE_ARN =
            "arn:aws:states:eu-west-2:123456789012:stateMachine:sendtracker-inspection-workflow";

    /**
     * As a 1024 MB function: the heap within its memory, and the collector the JVM picks itself
     * below 2 CPUs and 1792 MB.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseSerialGC");

    private static final long CHILD_TIMEOUT_SECONDS = 120;

    /**
     * Environment variable: run only the functions whose name starts with it (e.g. {@code
     * HttpFunction}), to measure one change quickly.
     */
    private static final String ONLY = "COLDSTART_ONLY";

    /**
     * Environment variable: a directory where each function's class-load log is kept, to read which
     * classes a phase loads.
     */
    private static final String KEEP_LOGS = "COLDSTART_KEEP_LOGS";

    /**
     * Environment variable: a directory where the profiled runs also record a Java Flight Recording
     * (method samples), one file per run.
     */
    private static final String JFR = "COLDSTART_JFR";

    /**
     * Environment variable: when set, each function and each reference is also measured with an
     * application class-data archive of its own (AppCDS), made by one training run of its events
     * under template.yaml's flags, to show what an archive would take off both.
     */
    private static final String APP_CDS = "COLDSTART_APPCDS";

    /**
     * {@code JAVA_TOOL_OPTIONS} for the child: unset, or as template.yaml's Globals set it; with
     * {@code appCds}, also the case's own class-data archive ({@link #archive}).
     */
    private record Setting(String label, String javaToolOptions, boolean appCds) {
        Setting(String label, String javaToolOptions) {
            this(label, javaToolOptions, false);
        }

        String javaToolOptions(Path archive) {
            return appCds ? javaToolOptions + " -XX:SharedArchiveFile=" + archive : javaToolOptions;
        }
    }

    private static final List<Setting> SETTINGS =
            List.of(
                    new Setting("JAVA_TOOL_OPTIONS unset (C2 as well)", null),
                    new Setting(
                            "JAVA_TOOL_OPTIONS=-XX:+TieredCompilation -XX:TieredStopAtLevel=1 (template.yaml)",
                            "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"));

    /** One invocation: its event, and what its answer must hold. */
    private record Invocation(Path event, Consumer<JsonNode> check) {}

    /**
     * A function fed one scenario: its jar and handler as template.yaml deploys them, the type its
     * events deserialise to ({@code map} for a {@code Map}), the function's own environment, the
     * invocations (made fresh for each sample) and the emails SES must receive; then its plain-Java
     * reference ({@link ColdStartReference}), run from the same jar on the same events, with what
     * its answers must hold.
     */
    private record Case(
            String name,
            Path jar,
            String handler,
            String eventType,
            Map<String, String> environment,
            Supplier<List<Invocation>> invocations,
            int emails,
            Reference reference) {

        /**
         * The same events through the reference handler: the same jar, environment and JVM flags,
         * no emails.
         */
        Case asReference() {
            return new Case(
                    name + " (plain-Java reference)",
                    jar,
                    reference.handler(),
                    eventType,
                    environment,
                    reference.invocations(),
                    0,
                    null);
        }
    }

    /** A run of the class-load profile: its title, its case and extra JVM options. */
    private record Profiled(String title, Case c, List<String> options) {}

    /** A plain-Java reference handler and its checked invocations. */
    private record Reference(String handler, Supplier<List<Invocation>> invocations) {}

    /**
     * One sample, in milliseconds: from the child's launch to its main, to the handler constructed,
     * each invocation, launch to the first answer (the cold start an officer waits for), launch to
     * the last answer; then the child's CPU time in init, in the first invocation, in all.
     */
    private record Sample(
            double jvm,
            double init,
            double first,
            double second,
            double cold,
            double total,
            double cpuInit,
            double cpuFirst,
            double cpuAll,
            double prime) {
        List<Double> values() {
            return List.of(jvm, init, first, second, cold, total, cpuInit, cpuFirst, cpuAll);
        }
    }

    private static final Setting TEMPLATE = SETTINGS.get(1);

    private static final Setting TEMPLATE_APP_CDS =
            new Setting(
                    "template.yaml's flags and -XX:SharedArchiveFile=<the case's own AppCDS archive>",
                    TEMPLATE.javaToolOptions(),
                    true);

    /** Where a case's class-data archive is made (its training run) and read. */
    private static Path archive(Path work, Case c) {
        return work.resolve("cds").resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-") + ".jsa");
    }

    private static boolean hasPrimingHook(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("org/sendtracker/infrastructure/snapstart/Priming.class") != null;
        }
    }

    private static double median(List<Sample> samples, ToDoubleFunction<Sample> value) {
        double[] values = samples.stream().mapToDouble(value).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /**
     * Column of {@link Sample#values()} where the CPU times start (a gap before it in the table).
     */
    private static final int CPU_COLUMN = 6;

    public static void main(String[] args) {
        // DynamoDB Local's server threads are not daemons: end the JVM either way.
        try {
            run(
                    args.length > 0 ? Integer.parseInt(args[0]) : 5,
                    args.length > 1 && args[1].equals("template")
                            ? SETTINGS.subList(1, 2)
                            : SETTINGS);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(int samples, List<Setting> settings) throws Exception {
        Path work = Files.createTempDirectory("sendtracker-coldstart");
        Path probe = probeClasses(work.resolve("probe"));
        try (EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.inMemory();
                SesStub ses = SesStub.start();
                BenchSignIn signIn = BenchSignIn.start()) {
            URI closedPort = URI.create("http://127.0.0.1:" + EmbeddedDynamoDb.freePort());
            Map<String, String> sdk = new LinkedHashMap<>();
            sdk.put("aws.endpointUrlDynamoDb", dynamo.endpoint().toString());
            sdk.put("aws.endpointUrlSesV2", ses.endpoint().toString());
            sdk.put("aws.endpointUrlSfn", closedPort.toString());
            sdk.put("aws.region", "eu-west-2");
            sdk.put("aws.accessKeyId", "local");
            sdk.put("aws.secretAccessKey", "local");
            sdk.forEach(System::setProperty);
            seed(work.resolve("seed"));
            DynamoDbClient tables =
                    DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();

            System.out.printf(
                    "Lambda cold starts on this machine: the handler from its shaded jar in a fresh JVM per sample, %d samples each%n",
                    samples);
            System.out.printf(
                    "java %s (%s), %s, %d CPUs, load average %.1f; DynamoDB Local and an SES stub in the parent JVM%n",
                    System.getProperty("java.version"),
                    System.getProperty("os.arch"),
                    String.join(" ", JVM_OPTIONS),
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage());
            System.out.println(
                    "ms from the child's launch: jvm = to the probe's main; init = to the handler constructed (includes jvm);");
            System.out.println(
                    "1st, 2nd = each invocation, event deserialisation included; cold = launch to the 1st answer;");
            System.out.println("total = launch to the 2nd answer;");
            System.out.println(
                    "cpu = CPU time of the child JVM, all threads, in init, in the 1st invocation, in all (steadier than wall time");
            System.out.println(
                    "when other work shares the machine). Each function alternates, sample by sample, with its plain-Java");
            System.out.println(
                    "reference (no framework: the same jar, SDK, HTTP client, JVM flags and DynamoDB read, a Jackson answer) and");
            System.out.println(
                    "the two settings; one discarded run per function comes first, to warm DynamoDB Local and the page cache.");

            int table = 0;
            List<Case> cases =
                    cases(work, signIn).stream()
                            .filter(
                                    c ->
                                            c.name()
                                                    .startsWith(
                                                            System.getenv().getOrDefault(ONLY, "")))
                            .toList();
            List<String> summaries = new ArrayList<>();
            Map<Case, List<Sample>> unprimed = new LinkedHashMap<>();
            for (Case c : cases) {
                System.out.printf(
                        "%n%s  (%s, %.1f MB, %s)%n",
                        c.name(), c.jar(), Files.size(c.jar()) / 1e6, c.handler());
                runOnce(
                        c,
                        SETTINGS.get(0),
                        List.of(),
                        probe,
                        work,
                        sdk,
                        tables,
                        ses,
                        "SendTracker-warmup-" + (table++));
                Case reference = c.asReference();
                List<Setting> caseSettings = new ArrayList<>(settings);
                if (System.getenv(APP_CDS) != null) {
                    for (Case trained : List.of(c, reference)) {
                        Files.createDirectories(archive(work, trained).getParent());
                        runOnce(
                                trained,
                                TEMPLATE,
                                List.of("-XX:ArchiveClassesAtExit=" + archive(work, trained)),
                                probe,
                                work,
                                sdk,
                                tables,
                                ses,
                                "SendTracker-training-" + (table++));
                    }
                    caseSettings.add(TEMPLATE_APP_CDS);
                }
                Map<Setting, List<Sample>> measured = new LinkedHashMap<>();
                Map<Setting, List<Sample>> referenced = new LinkedHashMap<>();
                for (int i = 1; i <= samples; i++) {
                    for (Setting setting : caseSettings) {
                        Sample sample =
                                runOnce(
                                        c,
                                        setting,
                                        List.of(),
                                        probe,
                                        work,
                                        sdk,
                                        tables,
                                        ses,
                                        "SendTracker-" + (table++));
                        measured.computeIfAbsent(setting, s -> new ArrayList<>()).add(sample);
                        Sample plain =
                                runOnce(
                                        reference,
                                        setting,
                                        List.of(),
                                        probe,
                                        work,
                                        sdk,
                                        tables,
                                        ses,
                                        "SendTracker-" + (table++));
                        referenced.computeIfAbsent(setting, s -> new ArrayList<>()).add(plain);
                    }
                }
                unprimed.put(c, measured.get(TEMPLATE));
                measured.forEach(
                        (setting, results) -> {
                            System.out.printf("  %s%n", setting.label());
                            System.out.printf(
                                    "    %-8s%10s%10s%10s%10s%10s%10s  %10s%10s%10s%n",
                                    "sample",
                                    "jvm",
                                    "init",
                                    "1st",
                                    "2nd",
                                    "cold",
                                    "total",
                                    "cpu init",
                                    "cpu 1st",
                                    "cpu all");
                            for (int i = 0; i < results.size(); i++) {
                                printRow(String.valueOf(i + 1), results.get(i).values());
                            }
                            List<Double> medians = printSummary("median", results);
                            List<Double> plain = printSummary("plain", referenced.get(setting));
                            List<Double> ratios = new ArrayList<>();
                            for (int column = 0; column < medians.size(); column++) {
                                ratios.add(medians.get(column) / plain.get(column));
                            }
                            printRatios(ratios);
                            double cpu = medians.get(6) + medians.get(7);
                            double plainCpu = plain.get(6) + plain.get(7);
                            System.out.printf(
                                    "    cold start %.0f ms against the plain-Java reference's %.0f ms: %.2f×; CPU to the 1st answer %.2f×%n",
                                    medians.get(4), plain.get(4), ratios.get(4), cpu / plainCpu);
                            summaries.add(
                                    String.format(
                                            "  %-64s %-9s %8.0f %8.0f %7.2f× %8.0f %8.0f %7.2f×",
                                            c.name(),
                                            setting.javaToolOptions() == null
                                                    ? "unset"
                                                    : setting.appCds() ? "appcds" : "template",
                                            medians.get(4),
                                            plain.get(4),
                                            ratios.get(4),
                                            cpu,
                                            plainCpu,
                                            cpu / plainCpu));
                        });
            }
            System.out.printf(
                    "%nCold start, medians in ms: each function against its plain-Java reference; wall = launch to the 1st answer,%n");
            System.out.printf(
                    "cpu = the child's CPU time to the 1st answer (init + 1st invocation)%n");
            System.out.printf(
                    "  %-64s %-9s %8s %8s %8s %8s %8s %8s%n",
                    "function", "flags", "wall", "plain", "ratio", "cpu", "plain", "ratio");
            summaries.forEach(System.out::println);

            System.out.printf(
                    "%nSnapStart priming, template.yaml's flags: the handler's beforeCheckpoint hook run in the same JVM after init%n");
            System.out.printf(
                    "(this JVM has no CRaC: the probe calls it), then the same two invocations; medians in ms of %d samples.%n",
                    samples);
            System.out.printf(
                    "ratio = 1st / 2nd invocation (a warm request in the same JVM); unprimed = the samples above.%n");
            System.out.printf(
                    "  %-64s %8s %8s %8s %7s   %8s %8s %7s%n",
                    "function", "priming", "1st", "2nd", "ratio", "1st", "2nd", "ratio");
            for (Case c : cases) {
                if (!hasPrimingHook(c.jar())) {
                    System.out.printf("  %-64s no priming hook in %s%n", c.name(), c.jar());
                    continue;
                }
                List<Sample> primed = new ArrayList<>();
                for (int i = 1; i <= samples; i++) {
                    primed.add(
                            runOnce(
                                    c,
                                    TEMPLATE,
                                    List.of("-D" + ColdStartProbe.PRIME + "=true"),
                                    probe,
                                    work,
                                    sdk,
                                    tables,
                                    ses,
                                    "SendTracker-" + (table++)));
                }
                List<Sample> plain = unprimed.get(c);
                double prime = median(primed, Sample::prime);
                double first = median(primed, Sample::first);
                double second = median(primed, Sample::second);
                double plainFirst = plain == null ? Double.NaN : median(plain, Sample::first);
                double plainSecond = plain == null ? Double.NaN : median(plain, Sample::second);
                System.out.printf(
                        "  %-64s %8.0f %8.0f %8.0f %6.2f×   %8.0f %8.0f %6.2f×%n",
                        c.name(),
                        prime,
                        first,
                        second,
                        first / second,
                        plainFirst,
                        plainSecond,
                        plainFirst / plainSecond);
            }
            System.out.printf("%nload average at the end: %.1f%n", loadAverage());

            System.out.printf(
                    "%nWhere the time goes: one more run per function (and primed, and its plain-Java reference), JAVA_TOOL_OPTIONS unset,%n"
                            + "with -Xlog:class+load.%n");
            System.out.println(
                    "A library's share of a phase is the time that ended in loading one of its classes (rough: the code that ran until it needed them)");
            for (Case c : cases) {
                List<Profiled> runs = new ArrayList<>();
                runs.add(new Profiled(c.name(), c, List.of()));
                if (hasPrimingHook(c.jar())) {
                    runs.add(
                            new Profiled(
                                    c.name() + ", primed first",
                                    c,
                                    List.of("-D" + ColdStartProbe.PRIME + "=true")));
                }
                Case reference = c.asReference();
                runs.add(new Profiled(reference.name(), reference, List.of()));
                for (Profiled run : runs) {
                    Path log = work.resolve("class-load-" + (table) + ".log");
                    List<String> options = new ArrayList<>(run.options());
                    options.add("-Xlog:class+load=info:file=" + log + ":uptimenanos");
                    if (System.getenv(JFR) != null) {
                        options.add(
                                "-XX:StartFlightRecording=filename="
                                        + Path.of(System.getenv(JFR))
                                                .resolve("profile-" + table + ".jfr")
                                        + ",settings=profile");
                    }
                    runOnce(
                            run.c(),
                            SETTINGS.get(0),
                            options,
                            probe,
                            work,
                            sdk,
                            tables,
                            ses,
                            "SendTracker-" + (table++));
                    ClassLoadProfile.read(log).print(run.title());
                    String keep = System.getenv(KEEP_LOGS);
                    if (keep != null) {
                        Path kept =
                                Files.createDirectories(Path.of(keep)).resolve(log.getFileName());
                        Files.copy(log, kept);
                        System.out.printf("    class-load log kept: %s%n", kept);
                    }
                }
            }
        }
        // Kept when a sample fails: the failure names the child's output files.
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    private static List<Case> cases(Path work, BenchSignIn signIn) {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("SENDTRACKER_EXTRA_BANK_HOLIDAYS", "");
        common.put(
                "SENDTRACKER_MAIL_FROM", "SEND inspection tracker <reminders@sendtracker.example>");
        Map<String, String> http = new LinkedHashMap<>(common);
        http.put("SENDTRACKER_WORKFLOW_STATE_MACHINE_ARN", STATE_MACHINE_ARN);
        http.putAll(signIn.environment());
        Map<String, String> tick = new LinkedHashMap<>(common);
        tick.put("SENDTRACKER_PUBLIC_URL", "https://sendtracker.example.gov.uk");
        Path httpJar = Path.of("functions/http/target/http-lambda.jar");
        Path workflowJar = Path.of("functions/workflow/target/workflow-lambda.jar");
        String httpHandler = "org.sendtracker.http.lambda.HttpFunctionHandler";
        String httpEvent = "com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent";

        Invocation area =
                new Invocation(
                        signIn.signed(EVENTS.resolve("http-get-area.json"), work),
                        ok(
                                200,
                                body -> {
                                    expect(body, "/id", "cumbria");
                                    expect(
                                            body.get("contacts").size() == 3,
                                            "three contacts",
                                            body);
                                }));
        Invocation inspection =
                new Invocation(
                        signIn.signed(EVENTS.resolve("http-get-inspection.json"), work),
                        ok(
                                200,
                                body -> {
                                    expect(body, "/id", INSPECTION);
                                    expect(body, "/stage", "WSOA_DUE");
                                    expect(body, "/deadlines/0/dueOn", "2019-08-21");
                                }));
        // The sample event is a 2019 execution: seven years old it is restarted, after catching up
        // with
        // the one overdue reminder still owed. The next tick is the restarted execution's first, as
        // Step
        // Functions would start it now; the reminder is already in the ledger, so it waits.
        Reference plainHttp =
                new Reference(ColdStartReference.class.getName(), () -> List.of(area, area));
        Reference plainInspection =
                new Reference(
                        ColdStartReference.class.getName(), () -> List.of(inspection, inspection));
        Consumer<JsonNode> readsInspection =
                output -> {
                    expect(output, "/inspectionId", INSPECTION);
                    expect(output, "/stage", "WSOA_DUE");
                    expect(output.at("/items").asInt() > 3, "the inspection's items", output);
                };
        Invocation staleTick =
                new Invocation(
                        EVENTS.resolve("workflow-tick.json"),
                        output -> {
                            expect(output, "/action", "RESTART");
                            expect(output, "/nextStage", "WSOA_DUE");
                            expect(
                                    output.at("/nextGeneration").asInt() == 3
                                            && output.at("/sent").asInt() == 1
                                            && output.at("/failed").asInt() == 0,
                                    "generation 3, one email sent, none failed",
                                    output);
                        });
        Invocation waiting =
                new Invocation(
                        EVENTS.resolve("workflow-wait.json"),
                        output -> expect(output, "/waiting", "true"));
        Consumer<JsonNode> waits =
                output -> {
                    expect(output, "/action", "WAIT");
                    expect(
                            output.at("/nextGeneration").asInt() == 3
                                    && output.at("/sent").asInt() == 0
                                    && output.at("/failed").asInt() == 0,
                            "generation 3, nothing sent or failed",
                            output);
                };

        return List.of(
                new Case(
                        "HttpFunction, GET /api/areas/cumbria twice",
                        httpJar,
                        httpHandler,
                        httpEvent,
                        http,
                        () -> List.of(area, area),
                        0,
                        plainHttp),
                new Case(
                        "HttpFunction, GET /api/inspections/cumbria-2019-03-18 twice",
                        httpJar,
                        httpHandler,
                        httpEvent,
                        http,
                        () -> List.of(inspection, inspection),
                        0,
                        plainInspection),
                new Case(
                        "TickFunction, events/workflow-tick.json then the restarted execution's first tick",
                        workflowJar,
                        "org.sendtracker.workflow.lambda.TickFunction",
                        "map",
                        tick,
                        () -> List.of(staleTick, new Invocation(restartedTick(work), waits)),
                        1,
                        new Reference(
                                ColdStartReference.Task.class.getName(),
                                () ->
                                        List.of(
                                                new Invocation(
                                                        EVENTS.resolve("workflow-tick.json"),
                                                        readsInspection),
                                                new Invocation(
                                                        EVENTS.resolve("workflow-tick.json"),
                                                        readsInspection)))),
                new Case(
                        "WaitFunction, events/workflow-wait.json twice (the task token kept)",
                        workflowJar,
                        "org.sendtracker.workflow.lambda.WaitFunction",
                        "map",
                        common,
                        () -> List.of(waiting, waiting),
                        0,
                        new Reference(
                                ColdStartReference.Task.class.getName(),
                                () ->
                                        List.of(
                                                new Invocation(
                                                        EVENTS.resolve("workflow-wait.json"),
                                                        readsInspection),
                                                new Invocation(
                                                        EVENTS.resolve("workflow-wait.json"),
                                                        readsInspection)))));
    }

    /** The Tick input of generation 3, started now, in a file of its own. */
    private static Path restartedTick(Path work) {
        try {
            Path file = Files.createTempFile(work, "workflow-tick-restarted", ".json");
            Files.writeString(
                    file,
                    JSON.writeValueAsString(
                            Map.of(
                                    "inspectionId",
                                    INSPECTION,
                                    "stage",
                                    "WSOA_DUE",
                                    "generation",
                                    3,
                                    "loops",
                                    0,
                                    "executionStartedAt",
                                    Instant.now().toString())));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the probe once in a fresh JVM over a fresh copy of the seeded table, and checks every
     * answer.
     */
    private static Sample runOnce(
            Case c,
            Setting setting,
            List<String> extraJvmOptions,
            Path probe,
            Path work,
            Map<String, String> sdk,
            DynamoDbClient tables,
            SesStub ses,
            String table)
            throws Exception {
        copyTable(tables, SEED_TABLE, table);
        List<Invocation> invocations = c.invocations().get();
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(extraJvmOptions);
        sdk.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(
                List.of(
                        "-cp",
                        c.jar() + File.pathSeparator + probe,
                        ColdStartProbe.class.getName(),
                        c.handler(),
                        c.eventType()));
        invocations.forEach(invocation -> command.add(invocation.event().toString()));

        ProcessBuilder builder = new ProcessBuilder(command);
        // Only what Lambda would set: the template's variables for the function, the memory size,
        // PATH.
        Map<String, String> environment = builder.environment();
        String path = environment.get("PATH");
        environment.clear();
        environment.put("PATH", path);
        environment.put("AWS_LAMBDA_FUNCTION_NAME", "coldstart-probe");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        environment.put("SENDTRACKER_TABLE_NAME", table);
        environment.putAll(c.environment());
        if (setting.javaToolOptions() != null) {
            environment.put("JAVA_TOOL_OPTIONS", setting.javaToolOptions(archive(work, c)));
        }
        Path stdout = work.resolve(table + ".out");
        Path stderr = work.resolve(table + ".err");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());

        int emailsBefore = ses.sent();
        long launched = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        Process child = builder.start();
        if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw failure(c, "did not finish in " + CHILD_TIMEOUT_SECONDS + " s", stdout, stderr);
        }
        if (child.exitValue() != 0) {
            throw failure(
                    c,
                    child.exitValue() == ColdStartProbe.PRIMING_FAILED
                            ? "failed a priming step"
                            : "exited with " + child.exitValue(),
                    stdout,
                    stderr);
        }

        long main = -1;
        long[] constructed = null;
        long primed = -1;
        List<long[]> invoked = new ArrayList<>();
        List<JsonNode> answers = new ArrayList<>();
        for (String line : Files.readAllLines(stdout)) {
            if (!line.startsWith(ColdStartProbe.PREFIX)) {
                continue;
            }
            String[] fields = line.substring(ColdStartProbe.PREFIX.length()).split(" ", 5);
            switch (fields[0]) {
                case "main" -> main = Long.parseLong(fields[1]);
                case "constructed" ->
                        constructed =
                                new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])};
                case "primed" -> primed = Long.parseLong(fields[1]);
                case "invoked" -> {
                    invoked.add(
                            new long[] {
                                Long.parseLong(fields[1]),
                                Long.parseLong(fields[2]),
                                Long.parseLong(fields[3])
                            });
                    answers.add(JSON.readTree(fields[4]));
                }
                default -> throw failure(c, "printed an unknown line: " + line, stdout, stderr);
            }
        }
        if (main < 0 || constructed == null || invoked.size() != invocations.size()) {
            throw failure(c, "did not report every step", stdout, stderr);
        }
        for (int i = 0; i < invocations.size(); i++) {
            try {
                invocations.get(i).check().accept(answers.get(i));
            } catch (IllegalStateException wrong) {
                throw failure(
                        c,
                        "answered invocation " + (i + 1) + " wrongly: " + wrong.getMessage(),
                        stdout,
                        stderr);
            }
        }
        if (ses.sent() - emailsBefore != c.emails()) {
            throw failure(
                    c,
                    "sent " + (ses.sent() - emailsBefore) + " emails, not " + c.emails(),
                    stdout,
                    stderr);
        }
        double jvm = (main - launched) / 1e3;
        long[] first = invoked.get(0);
        long[] last = invoked.get(invoked.size() - 1);
        return new Sample(
                jvm,
                jvm + constructed[0] / 1e3,
                (first[1] - first[0]) / 1e3,
                (last[1] - last[0]) / 1e3,
                jvm + first[1] / 1e3,
                jvm + last[1] / 1e3,
                constructed[1] / 1e3,
                (first[2] - constructed[1]) / 1e3,
                last[2] / 1e3,
                primed < 0 ? 0 : (primed - constructed[0]) / 1e3);
    }

    /** An API Gateway response with {@code status} whose JSON body passes {@code check}. */
    private static Consumer<JsonNode> ok(int status, Consumer<JsonNode> check) {
        return response -> {
            expect(response.at("/statusCode").asInt() == status, "status " + status, response);
            try {
                check.accept(JSON.readTree(response.at("/body").asText()));
            } catch (IOException e) {
                throw new IllegalStateException("the body is not JSON: " + response, e);
            }
        };
    }

    private static void expect(JsonNode node, String pointer, String value) {
        expect(value.equals(node.at(pointer).asText()), pointer + " = " + value, node);
    }

    private static void expect(boolean holds, String what, JsonNode node) {
        if (!holds) {
            throw new IllegalStateException("expected " + what + " in " + node);
        }
    }

    private static IllegalStateException failure(Case c, String what, Path stdout, Path stderr)
            throws IOException {
        return new IllegalStateException(
                c.name()
                        + " "
                        + what
                        + "\n--- stdout ("
                        + stdout
                        + ")\n"
                        + tail(stdout)
                        + "\n--- stderr ("
                        + stderr
                        + ")\n"
                        + tail(stderr));
    }

    private static String tail(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void printRow(String label, List<?> values) {
        StringBuilder row = new StringBuilder(String.format("    %-8s", label));
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            row.append(i == CPU_COLUMN ? "  " : "")
                    .append(
                            value instanceof Double number
                                    ? String.format("%10.0f", number)
                                    : String.format("%10s", value));
        }
        System.out.println(row);
    }

    /**
     * Prints the median of each column (labelled {@code label}) and, below, the ranges; returns the
     * medians.
     */
    private static List<Double> printSummary(String label, List<Sample> samples) {
        int columns = samples.get(0).values().size();
        List<Double> medians = new ArrayList<>();
        List<String> ranges = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            int index = column;
            double[] values =
                    samples.stream().mapToDouble(s -> s.values().get(index)).sorted().toArray();
            int middle = values.length / 2;
            medians.add(
                    values.length % 2 == 1
                            ? values[middle]
                            : (values[middle - 1] + values[middle]) / 2);
            ranges.add(String.format("%.0f–%.0f", values[0], values[values.length - 1]));
        }
        printRow(label, medians);
        printRow("min–max", ranges);
        return medians;
    }

    private static void printRatios(List<Double> ratios) {
        printRow("ratio", ratios.stream().map(ratio -> String.format("%.2f×", ratio)).toList());
    }

    /** The system's load average over the last minute, or -1 where the platform has none. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * The seed table: Cumbria and its inspection as the sample POST events create them, on the
     * dates they name (the local clock stands at each), so the WSoA deadline was recorded in 2019
     * and its last overdue reminder is still owed.
     */
    private static void seed(Path dataDir) {
        try (ApplicationContext context =
                ApplicationContext.run(
                        Map.of(
                                "sendtracker.table-name",
                                SEED_TABLE,
                                "sendtracker.local.data-dir",
                                dataDir.toString(),
                                "sendtracker.local.clock-start",
                                "2019-03-11T17:30:00Z",
                                "sendtracker.local.timer-pump",
                                "off",
                                LocalSystem.IN_MEMORY,
                                "true"))) {
            TableLayout.createIfMissing(context.getBean(DynamoDbClient.class), SEED_TABLE);
            InspectionService inspections = context.getBean(InspectionService.class);
            ok(context.getBean(AreaService.class).create(body("http-post-area.json"), OFFICER));
            ok(inspections.create(body("http-post-inspection.json"), OFFICER));
            context.getBean(LocalClock.class).catchUpTo(Instant.parse("2019-05-14T16:30:00Z"));
            ok(
                    inspections.record(
                            INSPECTION,
                            body("http-post-event.json"),
                            Optional.empty(),
                            Optional.empty(),
                            OFFICER));
        }
    }

    /** The JSON body of a sample API Gateway event. */
    private static Map<String, Object> body(String event) {
        try {
            return JSON.readValue(
                    JSON.readTree(EVENTS.resolve(event).toFile()).get("body").asText(),
                    new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events/" + event, e);
        }
    }

    private static void copyTable(DynamoDbClient dynamo, String from, String to) {
        TableLayout.createIfMissing(dynamo, to);
        dynamo.scanPaginator(b -> b.tableName(from))
                .items()
                .forEach(item -> dynamo.putItem(b -> b.tableName(to).item(item)));
    }

    /**
     * The probe's classes alone, in a directory of their own: nothing else from the test classpath
     * reaches the child.
     */
    private static Path probeClasses(Path directory) throws IOException {
        String packagePath = ColdStartProbe.class.getPackageName().replace('.', '/');
        Path compiled =
                Path.of(
                                URI.create(
                                        ColdStartProbe.class
                                                .getProtectionDomain()
                                                .getCodeSource()
                                                .getLocation()
                                                .toString()))
                        .resolve(packagePath);
        Path target = Files.createDirectories(directory.resolve(packagePath));
        try (Stream<Path> classes = Files.list(compiled)) {
            for (Path file :
                    classes.filter(
                                    f ->
                                            f.getFileName()
                                                            .toString()
                                                            .startsWith(
                                                                    ColdStartProbe.class
                                                                            .getSimpleName())
                                                    || f.getFileName()
                                                            .toString()
                                                            .startsWith(
                                                                    ColdStartReference.class
                                                                            .getSimpleName()))
                            .toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        // A jar, not the directory: a class-data archive refuses a non-empty directory on the path.
        Path jar = directory.resolveSibling("probe.jar");
        try (Stream<Path> files = Files.walk(directory);
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(
                        new JarEntry(directory.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static <T> T ok(Result<T> result) {
        if (result instanceof Result.Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("refused: " + ((Result.Refused<T>) result).rejection());
    }
}
