package org.sendtracker.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap look at what a cold start spends its time on: a {@code
 * -Xlog:class+load:file=…:uptimenanos} log of one probe run, cut into phases (init, the first
 * invocation) at the probe's marker classes, with the classes each library loaded in each phase.
 * Each library's share of a phase is the gaps that ended in one of its loads: the work that ran
 * until it needed that class. It is rough (logging slows the run, and a gap can hold someone else's
 * work) but it shows where a phase goes.
 */
final class ClassLoadProfile {

    /** {@code [123456789ns] java.lang.Object source: shared objects file}. */
    private static final Pattern LOAD = Pattern.compile("^\\[(\\d+)ns\\] (\\S+) source: (.*)$");

    /** A warm invocation loads too few classes to say anything: the phases end with the first. */
    private static final List<String> PHASES = List.of("init", "1st");

    /** With SnapStart priming run after init, the priming is a phase of its own. */
    private static final List<String> PRIMED_PHASES = List.of("init", "priming", "1st");

    private static final String PRIMED_MARK = ColdStartProbe.class.getName() + "$Primed";

    private static final List<String> MARKS =
            List.of("$Constructed", "$Primed", "$FirstInvoked").stream()
                    .map(mark -> ColdStartProbe.class.getName() + mark)
                    .toList();

    /** Libraries by package prefix, in the order they are printed; the first match wins. */
    private static final Map<String, List<String>> LIBRARIES = libraries();

    private record Tally(int classes, long nanos) {
        Tally plus(long gap) {
            return new Tally(classes + 1, nanos + gap);
        }
    }

    private final List<String> names;
    private final List<Map<String, Tally>> phases = new ArrayList<>();

    private ClassLoadProfile(List<String> names) {
        this.names = names;
        names.forEach(phase -> phases.add(new LinkedHashMap<>()));
    }

    static ClassLoadProfile read(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        ClassLoadProfile profile =
                new ClassLoadProfile(
                        lines.stream().anyMatch(line -> line.contains(PRIMED_MARK))
                                ? PRIMED_PHASES
                                : PHASES);
        int phase = 0;
        long previous = 0;
        for (String line : lines) {
            Matcher load = LOAD.matcher(line);
            if (!load.matches() || phase >= profile.names.size()) {
                continue;
            }
            long at = Long.parseLong(load.group(1));
            String name = load.group(2);
            if (MARKS.contains(name)) {
                phase++;
            } else if (!name.startsWith(ColdStartProbe.class.getName())) {
                profile.phases
                        .get(phase)
                        .merge(
                                library(name, load.group(3)),
                                new Tally(1, at - previous),
                                (a, b) -> a.plus(b.nanos()));
            }
            previous = at;
        }
        return profile;
    }

    void print(String title) {
        List<Long> totals =
                phases.stream()
                        .map(phase -> phase.values().stream().mapToLong(Tally::nanos).sum())
                        .toList();
        System.out.printf("  %s%n", title);
        System.out.printf(
                "    %-34s%s%n",
                "classes loaded, share of the time",
                String.join("", names.stream().map(p -> String.format("%16s", p)).toList()));
        List<String> rows = new ArrayList<>(LIBRARIES.keySet());
        rows.addAll(List.of("JDK", "generated (lambdas, proxies)", "other"));
        for (String row : rows) {
            StringBuilder line = new StringBuilder(String.format("    %-34s", row));
            boolean any = false;
            for (int phase = 0; phase < phases.size(); phase++) {
                Tally tally = phases.get(phase).get(row);
                any |= tally != null;
                line.append(
                        tally == null
                                ? String.format("%16s", "-")
                                : String.format(
                                        "%10d %4.0f%%",
                                        tally.classes(),
                                        100.0 * tally.nanos() / totals.get(phase)));
            }
            if (any) {
                System.out.println(line);
            }
        }
        StringBuilder total =
                new StringBuilder(String.format("    %-34s", "all (ms, slowed by the logging)"));
        for (int phase = 0; phase < phases.size(); phase++) {
            int classes = phases.get(phase).values().stream().mapToInt(Tally::classes).sum();
            total.append(String.format("%9d %5.0fms", classes, totals.get(phase) / 1e6));
        }
        System.out.println(total);
    }

    private static String library(String className, String source) {
        if (source.startsWith("shared objects file") || source.startsWith("jrt:/")) {
            return "JDK";
        }
        if (source.startsWith("__")) {
            return "generated (lambdas, proxies)";
        }
        for (Map.Entry<String, List<String>> library : LIBRARIES.entrySet()) {
            if (library.getValue().stream().anyMatch(className::startsWith)) {
                return library.getKey();
            }
        }
        return "other";
    }

    private static Map<String, List<String>> libraries() {
        Map<String, List<String>> libraries = new LinkedHashMap<>();
        libraries.put("Micronaut", List.of("io.micronaut."));
        libraries.put("AWS SDK v2", List.of("software.amazon."));
        // Before Jackson: Jollyday reads its XML configuration with Jackson's XML module
        // (Woodstox), or with JAXB.
        libraries.put(
                "Jollyday + its XML reader (bank holidays)",
                List.of(
                        "de.focus_shift.",
                        "com.fasterxml.jackson.dataformat.xml.",
                        "com.ctc.wstx.",
                        "org.codehaus.stax2.",
                        "jakarta.xml.bind.",
                        "org.glassfish.jaxb.",
                        "com.sun.xml.",
                        "com.sun.istack.",
                        "jakarta.activation.",
                        "org.eclipse.angus.",
                        "org.threeten."));
        libraries.put("Jackson", List.of("com.fasterxml.jackson."));
        libraries.put("JTE (page templates)", List.of("gg.jte."));
        libraries.put("Netty", List.of("io.netty."));
        libraries.put("Reactor", List.of("reactor.", "org.reactivestreams."));
        libraries.put("Logback, SLF4J", List.of("ch.qos.logback.", "org.slf4j."));
        libraries.put("Lambda core and events", List.of("com.amazonaws.services.lambda."));
        libraries.put("application (org.sendtracker)", List.of("org.sendtracker."));
        return libraries;
    }
}
