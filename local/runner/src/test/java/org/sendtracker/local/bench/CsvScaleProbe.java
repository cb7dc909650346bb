package org.sendtracker.local.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.DeadlineIndex;
import org.sendtracker.inspection.application.DeadlineService;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.local.testing.LocalTokens;

/**
 * A quicker loop than {@link ScaleBenchmark} for the CSV alone: measures {@code /deadlines.csv}
 * (default, whole record, one area) on a load {@code ScaleBenchmark} kept ({@code -Dscale.keep}),
 * and, in process, the parts of it (the area list, the deadline reads), so the request's fixed cost
 * can be told from its cost per row. Run with the same class path as {@code benchmarks/scale.sh}:
 * {@code CsvScaleProbe <repetitions> <sizes...>}. A measurement, not a test.
 */
public final class CsvScaleProbe {

    public static void main(String[] args) {
        try {
            int repetitions = Integer.parseInt(args[0]);
            for (String size : Arrays.copyOfRange(args, 1, args.length)) {
                run(Integer.parseInt(size), repetitions);
            }
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(int size, int repetitions) throws Exception {
        try (LocalSystem system = KeptLoad.start(size)) {
            URI base = system.uri();
            String bearer = LocalTokens.bearer(base, "admin");
            HttpClient http = HttpClient.newHttpClient();
            DeadlineService deadlines = system.context().getBean(DeadlineService.class);
            AreaService areas = system.context().getBean(AreaService.class);
            LocalDate today = deadlines.today();
            LocalDate from = today.minusMonths(12);
            LocalDate to = today.plusWeeks(8);
            System.out.printf("%n%d inspections%n", size);
            System.out.printf(
                    "  %-34s %8s %8s %10s %8s %10s%n",
                    "what", "p50 ms", "p95 ms", "items", "queries", "size");
            Map<String, Supplier<Integer>> parts = new LinkedHashMap<>();
            parts.put("areas (AreaService.all)", () -> areas.all().size());
            parts.put(
                    "reads, default",
                    () -> deadlines.dueFromOrOutstanding(from, to, Optional.empty()).size());
            DeadlineIndex index = system.context().getBean(DeadlineIndex.class);
            parts.put(
                    "reads, default, one by one",
                    () ->
                            index.outstandingDueBy(from.minusDays(1), Optional.empty()).size()
                                    + index.dueBetween(from, to, Optional.empty()).size());
            parts.put(
                    "reads, whole record, one by one",
                    () -> index.dueBetween(DeadlineService.EARLIEST, to, Optional.empty()).size());
            parts.put(
                    "reads, whole record",
                    () ->
                            deadlines
                                    .dueFromOrOutstanding(
                                            DeadlineService.EARLIEST, to, Optional.empty())
                                    .size());
            parts.put(
                    "reads, one area",
                    () ->
                            deadlines
                                    .dueFromOrOutstanding(
                                            from, to, Optional.of(new AreaId("bench-area-001")))
                                    .size());
            for (String path :
                    List.of(
                            "/deadlines.csv",
                            "/deadlines.csv?from=2016-01-01",
                            "/deadlines.csv?areaId=bench-area-001")) {
                HttpRequest request =
                        HttpRequest.newBuilder(base.resolve(path))
                                .header("Authorization", bearer)
                                .GET()
                                .build();
                parts.put(
                        "GET " + path,
                        () -> {
                            try {
                                HttpResponse<byte[]> response =
                                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                                if (response.statusCode() != 200) {
                                    throw new IllegalStateException(path + " " + response);
                                }
                                return response.body().length;
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
            }
            String only = System.getProperty("probe.only", "");
            for (var part : parts.entrySet()) {
                if (!only.isEmpty() && !part.getKey().contains(only)) {
                    continue;
                }
                for (int i = 0; i < 5; i++) {
                    part.getValue().get();
                }
                CapacityMeter.enabled = true;
                CapacityMeter.ITEMS_READ.reset();
                CapacityMeter.REQUESTS.reset();
                long[] times = new long[repetitions];
                int result = 0;
                for (int i = 0; i < repetitions; i++) {
                    long t = System.nanoTime();
                    result = part.getValue().get();
                    times[i] = System.nanoTime() - t;
                }
                CapacityMeter.enabled = false;
                Arrays.sort(times);
                System.out.printf(
                        "  %-34s %8.1f %8.1f %10d %8d %10d%n",
                        part.getKey(),
                        times[(repetitions - 1) / 2] / 1e6,
                        times[(int) Math.ceil(repetitions * 0.95) - 1] / 1e6,
                        CapacityMeter.ITEMS_READ.sum() / repetitions,
                        CapacityMeter.REQUESTS.sum() / repetitions,
                        result);
            }
        }
    }
}
