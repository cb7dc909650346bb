package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.Recording.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.infrastructure.dynamodb.Recording.change;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.inspection.application.DeadlineEntry;
import org.sendtracker.inspection.model.Inspection;

/**
 * How long reading a stored body takes: each deadline entry and the inspection of a lifecycle taken
 * to its revisit outcome (the bodies every list and page reads), read with {@link JsonBodies} and
 * with Jackson's own {@code java.time} readers (the reader before {@link StoredTimes}), in
 * alternating rounds in one JVM so both see the same machine. Both must read equal values, or it
 * stops. Run by {@code benchmarks/bodies.sh [rounds] [reads per round]}.
 */
public final class StoredBodiesBenchmark {

    private static final ObjectMapper JACKSON_TIMES =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .registerModule(DomainValues.module())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StoredBodiesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Inspection inspection = lifecycle();
        String inspectionBody = JsonBodies.write(inspection);
        List<String> entryBodies = new ArrayList<>();
        inspection
                .deadlines()
                .forEach(
                        d ->
                                entryBodies.add(
                                        JsonBodies.write(
                                                new DeadlineEntry(
                                                        inspection.id(),
                                                        inspection.areaId(),
                                                        inspection.framework(),
                                                        inspection.stage(),
                                                        d))));
        for (String body : entryBodies) {
            same(
                    JsonBodies.read(body, DeadlineEntry.class),
                    JACKSON_TIMES.readValue(body, DeadlineEntry.class));
        }
        same(
                JsonBodies.read(inspectionBody, Inspection.class),
                JACKSON_TIMES.readValue(inspectionBody, Inspection.class));
        System.out.printf(
                "%d deadline entries (%d bytes on average), one inspection (%d bytes); %d rounds of %d reads each%n",
                entryBodies.size(),
                entryBodies.stream().mapToInt(String::length).sum() / entryBodies.size(),
                inspectionBody.length(),
                rounds,
                reads);
        double[][] micros = new double[4][rounds];
        for (int round = 0; round < rounds; round++) {
            micros[0][round] =
                    time(
                            reads,
                            i ->
                                    JsonBodies.read(
                                            entryBodies.get(i % entryBodies.size()),
                                            DeadlineEntry.class));
            micros[1][round] =
                    time(
                            reads,
                            i ->
                                    JACKSON_TIMES.readValue(
                                            entryBodies.get(i % entryBodies.size()),
                                            DeadlineEntry.class));
            micros[2][round] =
                    time(reads / 10, i -> JsonBodies.read(inspectionBody, Inspection.class));
            micros[3][round] =
                    time(
                            reads / 10,
                            i -> JACKSON_TIMES.readValue(inspectionBody, Inspection.class));
        }
        String[] names = {
            "deadline entry, JsonBodies", "deadline entry, Jackson's time readers",
            "inspection, JsonBodies", "inspection, Jackson's time readers"
        };
        System.out.printf(
                "%-42s %12s %12s%n",
                "µs per body read (second half of the rounds)", "median", "min");
        for (int i = 0; i < names.length; i++) {
            double[] warm = Arrays.copyOfRange(micros[i], rounds / 2, rounds);
            Arrays.sort(warm);
            System.out.printf("  %-40s %12.2f %12.2f%n", names[i], warm[warm.length / 2], warm[0]);
        }
    }

    private interface Read {
        Object apply(int i) throws Exception;
    }

    private static double time(int reads, Read read) throws Exception {
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            sink += read.apply(i).hashCode();
        }
        long nanos = System.nanoTime() - start;
        if (sink == 42) {
            System.out.print("");
        }
        return nanos / 1_000.0 / reads;
    }

    private static void same(Object ours, Object jacksons) {
        if (!ours.equals(jacksons)) {
            throw new IllegalStateException("read differently:\n" + ours + "\n" + jacksons);
        }
    }

    /** The round-trip test's lifecycle, report to revisit outcome ({@link Recording}). */
    private static Inspection lifecycle() {
        Inspection current = aCumbriaLikeInspectionAwaitingReport("cumbria");
        for (Map<String, Object> event : Recording.lifecycleEvents()) {
            Map<String, Object> fields = new LinkedHashMap<>(event);
            String type = (String) fields.remove("type");
            current = change(current, type, fields).next();
        }
        return current;
    }
}
