package org.sendtracker.local.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Access;
import org.sendtracker.access.model.Person;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.local.LocalSettings;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.local.idp.DemoUser;
import org.sendtracker.local.testing.LocalTokens;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Result;
import org.sendtracker.workflow.lambda.ReconcileFunction;
import org.slf4j.LoggerFactory;

/**
 * How the officer-facing pages and queries behave as the table fills: for each size (number of
 * inspections, default 100, 400 and 4,000) a fresh local system (DynamoDB Local in memory, the
 * state machine and workflow functions) is loaded through the application services with 153 areas
 * and inspections spread over ten years (2017 to 2026, LASEND_2016 lifecycles to 2022 then
 * AREA_SEND_2023), recorded as an officer back-fills history: the simulated clock stays at the end
 * (November 2026) and each event carries its own date, so the workflows are started but ten years
 * of timers are not replayed (that would take hours). Then the dashboard, an area page, an
 * inspection page, {@code GET /api/deadlines} over a year across all areas, the CSV and an area's
 * ICS feed are requested warm through the real HTTP stack, signed in as the demo administrator (and
 * the dashboard again as a viewer of one area, what most officers see): each size is first warmed
 * by rounds of every request ({@link #warm}), so the first size measured in the JVM is as warm as
 * the next. Prints p50/p95 per request, the DynamoDB items each request read and the bytes it
 * answered (the CSVs asked for as a browser asks, gzip accepted: their bytes are the gzipped
 * files').
 *
 * <p>The areas are loaded in parallel ({@code -Dscale.threads}, default 4; {@code SCALE_THREADS} in
 * the script), each area's steps in order on one thread: areas share nothing an officer's step
 * writes.
 *
 * <p>Run: {@code benchmarks/scale.sh [repetitions] [sizes...]} (default 30, 100 400 4000). A
 * measurement, not a test: nothing here asserts a time.
 */
public final class ScaleBenchmark {

    private static final Actor OFFICER = new Actor("benchmark-officer", "Benchmark officer");
    private static final int AREAS = 153;
    private static final Instant END = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate YEAR_FROM = LocalDate.parse("2026-01-01");
    private static final LocalDate YEAR_TO = LocalDate.parse("2026-12-31");

    /** One recorded step of a lifecycle, at its base dates; shifted per inspection. */
    private record Step(String at, Map<String, Object> event) {}

    private record Lifecycle(
            String framework,
            String notifiedOn,
            String startsOn,
            String endsOn,
            List<Step> steps) {}

    /** The lifecycle of {@code LifecycleBenchmark}: report to closure, 2019 to 2021. */
    private static final Lifecycle LASEND =
            new Lifecycle(
                    "LASEND_2016",
                    "2019-03-11",
                    "2019-03-18",
                    "2019-03-22",
                    List.of(
                            step(
                                    "2019-05-14T09:00:00Z",
                                    "REPORT_RECEIVED",
                                    "2019-05-14",
                                    "wsoaRequired",
                                    true,
                                    "weaknesses",
                                    List.of("EHC plans", "Joint commissioning")),
                            step("2019-08-21T12:00:00Z", "WSOA_SUBMITTED", "2019-08-21"),
                            step(
                                    "2019-09-10T10:00:00Z",
                                    "WSOA_DECISION",
                                    "2019-09-10",
                                    "fitForPurpose",
                                    false,
                                    "resubmitBy",
                                    "2019-10-08"),
                            step("2019-10-08T12:00:00Z", "WSOA_SUBMITTED", "2019-10-08"),
                            step(
                                    "2019-10-18T10:00:00Z",
                                    "WSOA_DECISION",
                                    "2019-10-18",
                                    "fitForPurpose",
                                    true),
                            step(
                                    "2020-01-20T10:00:00Z",
                                    "MONITORING_VISIT",
                                    "2020-01-20",
                                    "statuses",
                                    Map.of("1", "ON_TRACK", "2", "DELAYED")),
                            step("2020-03-02T10:00:00Z", "REVISIT_NOTIFIED", "2020-03-02"),
                            step(
                                    "2020-04-20T10:00:00Z",
                                    "REVISIT_OUTCOME",
                                    "2020-04-20",
                                    "publishedOn",
                                    "2020-04-27",
                                    "sufficientProgress",
                                    Map.of("1", true, "2", false),
                                    "appDueOn",
                                    "2020-06-30"),
                            step("2020-07-07T10:00:00Z", "APP_SUBMITTED", "2020-07-07"),
                            step("2020-10-27T12:00:00Z", "PROGRESS_REVIEW_HELD", "2020-10-27")));

    /** The outcome-3 case of {@code AreaSend2023WorkflowTest}, report to closure, 2023 to 2026. */
    private static final Lifecycle AREA_SEND =
            new Lifecycle(
                    "AREA_SEND_2023",
                    "2023-02-06",
                    "2023-02-20",
                    "2023-03-03",
                    List.of(
                            step(
                                    "2023-04-17T09:00:00Z",
                                    "REPORT_RECEIVED",
                                    "2023-04-17",
                                    "publishedOn",
                                    "2023-04-24",
                                    "outcome",
                                    3,
                                    "weaknesses",
                                    List.of(
                                            "Leadership and governance",
                                            "Timeliness of EHC plans")),
                            step("2023-06-05T10:00:00Z", "STRATEGIC_PLAN_PUBLISHED", "2023-06-05"),
                            step(
                                    "2023-06-05T10:00:01Z",
                                    "PRIORITY_ACTION_PLAN_SUBMITTED",
                                    "2023-06-05"),
                            step(
                                    "2023-07-20T10:00:00Z",
                                    "PRIORITY_ACTION_PLAN_PUBLISHED",
                                    "2023-07-20"),
                            step(
                                    "2024-09-02T10:00:00Z",
                                    "MONITORING_INSPECTION_NOTIFIED",
                                    "2024-09-02"),
                            step(
                                    "2024-10-21T10:00:00Z",
                                    "MONITORING_INSPECTION_OUTCOME",
                                    "2024-10-21",
                                    "sufficientProgress",
                                    Map.of("1", true, "2", true)),
                            step("2025-10-21T10:00:00Z", "ENGAGEMENT_MEETING_HELD", "2025-10-21"),
                            step(
                                    "2026-01-12T10:00:00Z",
                                    "NEXT_INSPECTION_NOTIFIED",
                                    "2026-01-12")));

    private static Step step(String at, String type, String on, Object... more) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("on", on);
        for (int i = 0; i < more.length; i += 2) {
            event.put((String) more[i], more[i + 1]);
        }
        return new Step(at, event);
    }

    /**
     * Something to do at a simulated instant: create inspection {@code index}, or record a step.
     */
    private record Action(Instant at, int index, int step) {}

    private record Planned(String area, Lifecycle lifecycle, long shiftDays) {}

    public static void main(String[] args) {
        // What a backfill of a kept load did, and how long it took (the reconcile logs it).
        if (LoggerFactory.getLogger(ReconcileFunction.class) instanceof Logger logback) {
            logback.setLevel(Level.INFO);
        }
        // DynamoDB Local's server threads are not daemons: end the JVM either way.
        try {
            int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 30;
            int[] sizes =
                    args.length > 1
                            ? Arrays.stream(args, 1, args.length)
                                    .mapToInt(Integer::parseInt)
                                    .toArray()
                            : new int[] {100, 400, 4000};
            System.out.printf(
                    "%d warm repetitions per request (after rounds of every request, then 5 more of each,"
                            + " unmeasured), %d cores, Java %s%n",
                    repetitions,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            for (int size : sizes) {
                run(size, repetitions);
            }
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(int size, int repetitions) throws Exception {
        Optional<Path> keep =
                Optional.ofNullable(System.getProperty("scale.keep"))
                        .filter(dir -> !dir.isBlank())
                        .map(dir -> Path.of(dir, "scale-" + size));
        Path dataDir = keep.orElse(Files.createTempDirectory("sendtracker-scale"));
        Path loaded = dataDir.resolve(LOADED);
        boolean reuse = keep.isPresent() && Files.exists(loaded);
        if (keep.isPresent() && !reuse && Files.exists(dataDir)) {
            // A load stopped half-way cannot be resumed step for step: start it again.
            System.err.printf("%s holds no finished load of %d: loading again%n", dataDir, size);
            deleteTree(dataDir);
        }
        if (keep.isPresent()) {
            Files.createDirectories(dataDir);
            // The kept store's clock goes back to the end of the load (23 November 2026) each run,
            // so "today" is the same day however long ago, and however slowly, it was loaded.
            Files.deleteIfExists(dataDir.resolve("clock.json"));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("sendtracker.local.clock-start", END.toString());
        properties.put("sendtracker.local.timer-pump", "off");
        if (keep.isEmpty()) {
            properties.put(LocalSystem.IN_MEMORY, "true");
        }
        long started = System.nanoTime();
        try (LocalSystem system =
                LocalSystem.start(new LocalSettings(0, dataDir), false, properties)) {
            System.err.printf(
                    "started in %.1f s (with the reconcile, which runs any pending backfill)%n",
                    (System.nanoTime() - started) / 1e9);
            var context = system.context();
            InspectionService inspections = context.getBean(InspectionService.class);
            String[] ids;
            double loadSeconds;
            int threads = Integer.getInteger("scale.threads", 4);
            if (reuse) {
                ids = Files.readAllLines(loaded).stream().skip(1).toArray(String[]::new);
                loadSeconds = Double.parseDouble(Files.readAllLines(loaded).get(0));
                System.err.printf(
                        "reusing the load of %d inspections kept in %s (it took %.0f s)%n",
                        size, dataDir, loadSeconds);
            } else {
                ids = load(size, context.getBean(AreaService.class), inspections, threads, started);
                loadSeconds = (System.nanoTime() - started) / 1e9;
                if (keep.isPresent()) {
                    List<String> lines = new ArrayList<>();
                    lines.add(String.valueOf(loadSeconds));
                    lines.addAll(Arrays.asList(ids));
                    Files.write(loaded, lines);
                }
            }
            measure(system, inspections, size, ids, loadSeconds, reuse ? 0 : threads, repetitions);
        } finally {
            if (keep.isEmpty()) {
                deleteTree(dataDir);
            }
        }
    }

    /** Marks a kept folder that holds a finished load: its time, then the inspections' ids. */
    private static final String LOADED = "scale-load-finished.txt";

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Registers the 153 areas and loads {@code size} inspections through the services, the areas in
     * parallel; returns the inspections' ids, in plan order.
     */
    private static String[] load(
            int size, AreaService areas, InspectionService inspections, int threads, long started)
            throws Exception {
        for (int a = 0; a < AREAS; a++) {
            String area = areaId(a);
            ok(
                    areas.create(
                            Map.of(
                                    "id",
                                    area,
                                    "name",
                                    "Bench area " + (a + 1),
                                    "contacts",
                                    List.of(
                                            Map.of(
                                                    "name",
                                                    "Lead",
                                                    "email",
                                                    "lead@" + area + ".example",
                                                    "role",
                                                    "LEAD_OFFICER"))),
                            OFFICER));
        }
        List<Planned> planned = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            // Ten yearly cohorts, 2017 to 2026, 52 weeks apart (the same weekdays);
            // inspections beyond one per area and cohort start a week later each time.
            int cohort = i % 10;
            Lifecycle lifecycle = cohort < 6 ? LASEND : AREA_SEND;
            long shift = (cohort < 6 ? cohort - 2 : cohort - 6) * 364L + (i / 1530) * 7L;
            planned.add(new Planned(areaId(i % AREAS), lifecycle, shift));
            actions.add(
                    new Action(
                            shifted(Instant.parse(lifecycle.notifiedOn() + "T09:00:00Z"), shift),
                            i,
                            -1));
            for (int s = 0; s < lifecycle.steps().size(); s++) {
                Instant at = shifted(Instant.parse(lifecycle.steps().get(s).at()), shift);
                if (at.isBefore(END)) {
                    actions.add(new Action(at, i, s));
                }
            }
        }
        actions.sort(
                Comparator.comparing(Action::at)
                        .thenComparing(Action::step)
                        .thenComparing(Action::index));
        // Areas are independent: each area's steps run in order on one thread, the areas in
        // parallel (scale.threads, default 4), through the same services.
        String[] ids = new String[size];
        Map<String, List<Action>> byArea = new LinkedHashMap<>();
        for (Action action : actions) {
            byArea.computeIfAbsent(planned.get(action.index()).area(), a -> new ArrayList<>())
                    .add(action);
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> loading = new ArrayList<>();
            for (List<Action> ofArea : byArea.values()) {
                loading.add(
                        pool.submit(
                                () -> {
                                    for (Action action : ofArea) {
                                        load(action, planned, ids, inspections);
                                        int n = done.incrementAndGet();
                                        if (n % 2000 == 0) {
                                            System.err.printf(
                                                    "loading %d inspections: %d of %d steps, %.0f s%n",
                                                    size,
                                                    n,
                                                    actions.size(),
                                                    (System.nanoTime() - started) / 1e9);
                                        }
                                    }
                                    return null;
                                }));
            }
            for (Future<?> area : loading) {
                area.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return ids;
    }

    /** Prints the table: warm p50/p95, items read, queries and bytes per request. */
    private static final String ONE_AREA_DASHBOARD = "dashboard, one area";

    /**
     * The demo viewer of one area (a local sign-in), made a viewer of {@code area} alone: the
     * person the one area's dashboard is measured for. Returns the demo user's id.
     */
    private static String viewerOf(LocalSystem system, String area) {
        DemoUser viewer = DemoUser.byId("lancashire-viewer").orElseThrow();
        AccessService access = system.context().getBean(AccessService.class);
        Optional<Long> version = access.find(viewer.subject()).map(Person::version);
        ok(
                access.grant(
                        viewer.subject(),
                        Map.of(
                                "name",
                                viewer.name(),
                                "email",
                                viewer.email(),
                                "role",
                                "AREAS",
                                "areas",
                                Map.of(area, "VIEWER")),
                        version,
                        Actor.SYSTEM,
                        Access.ADMINISTRATOR));
        return viewer.id();
    }

    private static void measure(
            LocalSystem system,
            InspectionService inspections,
            int size,
            String[] ids,
            double loadSeconds,
            int threads,
            int repetitions)
            throws Exception {
        long deadlines = 0;
        long open = 0;
        for (String id : ids) {
            Inspection found = inspections.find(id).orElseThrow();
            deadlines += found.deadlines().size();
            open += found.stage() == Stage.CLOSED ? 0 : 1;
        }
        // The area with most inspections (area 1) and its latest inspection.
        String area = areaId(0);
        String inspection = ids[Math.min(size, 1530) - 1 - ((Math.min(size, 1530) - 1) % AREAS)];
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("dashboard", "/");
        // an officer of one council: what most people see (reads that council's deadlines)
        paths.put(ONE_AREA_DASHBOARD, "/");
        paths.put("area page", "/areas/" + area);
        paths.put("inspection page", "/inspections/" + inspection);
        paths.put("api deadlines, a year", "/api/deadlines?from=" + YEAR_FROM + "&to=" + YEAR_TO);
        paths.put("csv", "/deadlines.csv");
        paths.put("csv, whole record", "/deadlines.csv?from=2016-01-01");
        paths.put("area ics", "/areas/" + area + "/calendar.ics");
        // a progress report: the current quarter reads the record as it is; a past quarter (the
        // one 13 months after the notification, or the last month's) replays the steps dated up to
        // its last day
        String report = "/api/inspections/" + inspection + "/progress-report";
        paths.put("report, this quarter", report);
        LocalDate notified = inspections.find(inspection).orElseThrow().notifiedOn();
        LocalDate pastEnd = notified.plusMonths(13);
        LocalDate loadEnd = LocalDate.ofInstant(END, ZoneOffset.UTC).minusMonths(1);
        paths.put(
                "report, a past quarter",
                report + "?to=" + (pastEnd.isBefore(loadEnd) ? pastEnd : loadEnd));
        // -Dscale.only=dashboard (SCALE_ONLY): one request alone, for a profile of it
        String only = System.getProperty("scale.only", "");
        if (!only.isBlank()) {
            paths.keySet().retainAll(List.of(only));
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("scale.only: no request is called " + only);
            }
        }

        URI base = system.uri();
        String bearer = LocalTokens.bearer(base, "admin");
        String oneAreaBearer = LocalTokens.bearer(base, viewerOf(system, area));
        HttpClient http = HttpClient.newHttpClient();
        System.out.printf(
                "%n%d inspections (%d open), %d deadlines, %d areas; loaded in %.0f s (%s)%n",
                size,
                open,
                deadlines,
                AREAS,
                loadSeconds,
                threads == 0 ? "kept from an earlier run" : threads + " threads");
        System.out.printf(
                "  %-24s %8s %8s %12s %10s %10s%n",
                "request", "p50 ms", "p95 ms", "items read", "queries", "bytes");
        Map<String, HttpRequest> requests = new LinkedHashMap<>();
        paths.forEach(
                (name, path) -> {
                    HttpRequest.Builder request =
                            HttpRequest.newBuilder(base.resolve(path))
                                    .header(
                                            "Authorization",
                                            name.equals(ONE_AREA_DASHBOARD)
                                                    ? oneAreaBearer
                                                    : bearer)
                                    .GET();
                    if (name.startsWith("csv")) {
                        // as a browser asks for it: the whole record at x10 fits one Lambda
                        // answer only gzipped (docs/performance.md, "The CSV under Lambda's 6 MB
                        // limit"); its bytes are then the gzipped file's
                        request.header("Accept-Encoding", "gzip, deflate, br");
                    }
                    requests.put(name, request.build());
                });
        warm(http, requests);
        CapacityMeter.enabled = true;
        for (var entry : paths.entrySet()) {
            HttpRequest request = requests.get(entry.getKey());
            for (int i = 0; i < 5; i++) {
                get(http, request);
            }
            CapacityMeter.ITEMS_READ.reset();
            CapacityMeter.REQUESTS.reset();
            long[] times = new long[repetitions];
            int bytes = 0;
            for (int i = 0; i < repetitions; i++) {
                long t = System.nanoTime();
                bytes = get(http, request);
                times[i] = System.nanoTime() - t;
            }
            Arrays.sort(times);
            System.out.printf(
                    "  %-24s %8.1f %8.1f %12d %10d %10d%n",
                    entry.getKey(),
                    times[(repetitions - 1) / 2] / 1e6,
                    times[(int) Math.ceil(repetitions * 0.95) - 1] / 1e6,
                    CapacityMeter.ITEMS_READ.sum() / repetitions,
                    CapacityMeter.REQUESTS.sum() / repetitions,
                    bytes);
        }
        CapacityMeter.enabled = false;
    }

    /**
     * The least rounds of every request, and the least time, that warm a size before it is
     * measured.
     */
    private static final int WARM_ROUNDS = 20;

    private static final long WARM_NANOS = TimeUnit.SECONDS.toNanos(20);

    /** The whole record is long enough that a few rounds warm its code. */
    private static final int WARM_ROUNDS_OF_THE_WHOLE_RECORD = 5;

    /**
     * Sends every request in turn, round after round, until {@value #WARM_ROUNDS} rounds and 20
     * seconds have passed, unmeasured: each size is measured warm, whether it is the first in its
     * JVM or not (the first used to carry the JIT's warm-up into its figures).
     */
    private static void warm(HttpClient http, Map<String, HttpRequest> requests) throws Exception {
        long started = System.nanoTime();
        int rounds = 0;
        while (rounds < WARM_ROUNDS || System.nanoTime() - started < WARM_NANOS) {
            for (var request : requests.entrySet()) {
                if (!request.getKey().equals("csv, whole record")
                        || rounds < WARM_ROUNDS_OF_THE_WHOLE_RECORD) {
                    get(http, request.getValue());
                }
            }
            rounds++;
        }
        System.out.printf(
                "  (warmed by %d unmeasured rounds of every request in %.0f s)%n",
                rounds, (System.nanoTime() - started) / 1e9);
    }

    /** Creates inspection {@code action.index()}, or records one of its steps. */
    private static void load(
            Action action, List<Planned> planned, String[] ids, InspectionService inspections) {
        Planned plan = planned.get(action.index());
        if (action.step() < 0) {
            Lifecycle l = plan.lifecycle();
            ids[action.index()] =
                    ok(inspections.create(
                                    Map.of(
                                            "areaId",
                                            plan.area(),
                                            "framework",
                                            l.framework(),
                                            "notifiedOn",
                                            shift(l.notifiedOn(), plan.shiftDays()),
                                            "startsOn",
                                            shift(l.startsOn(), plan.shiftDays()),
                                            "endsOn",
                                            shift(l.endsOn(), plan.shiftDays())),
                                    OFFICER))
                            .id()
                            .value();
        } else {
            Map<String, Object> event =
                    shiftAll(plan.lifecycle().steps().get(action.step()).event(), plan.shiftDays());
            ok(
                    inspections.record(
                            ids[action.index()],
                            event,
                            Optional.empty(),
                            Optional.empty(),
                            OFFICER));
        }
    }

    private static int get(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    request.uri()
                            + " answered "
                            + response.statusCode()
                            + ": "
                            + new String(response.body()));
        }
        return response.body().length;
    }

    private static String areaId(int index) {
        return String.format("bench-area-%03d", index + 1);
    }

    private static Instant shifted(Instant at, long days) {
        return at.plus(days, ChronoUnit.DAYS);
    }

    private static String shift(String date, long days) {
        return LocalDate.parse(date).plusDays(days).toString();
    }

    /** A copy of the event with every date in it moved by {@code days}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> shiftAll(Map<String, Object> event, long days) {
        Map<String, Object> copy = new LinkedHashMap<>();
        event.forEach(
                (name, value) -> {
                    if (value instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        try {
                            copy.put(name, shift(text, days));
                            return;
                        } catch (DateTimeParseException e) {
                            // not a date after all
                        }
                    }
                    copy.put(
                            name,
                            value instanceof Map<?, ?> map
                                    ? shiftAll((Map<String, Object>) map, days)
                                    : value);
                });
        return copy;
    }

    private static <T> T ok(Result<T> result) {
        if (result instanceof Result.Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("refused: " + ((Result.Refused<T>) result).rejection());
    }
}
