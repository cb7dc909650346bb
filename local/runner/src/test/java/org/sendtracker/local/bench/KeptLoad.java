package org.sendtracker.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendtracker.local.LocalSettings;
import org.sendtracker.local.LocalSystem;

/**
 * A load {@link ScaleBenchmark} kept ({@code -Dscale.keep}), started again for a probe: its clock
 * set afresh to the benchmark's end, timers off. The load is opened for writing (the clock): point
 * {@code scale.keep} at a copy.
 */
final class KeptLoad {

    /** The day the benchmark's loads end, as the probes read them. */
    static final Instant END = Instant.parse("2026-11-23T09:00:00Z");

    private KeptLoad() {}

    /** Starts the local system on the kept load of {@code size} inspections. */
    static LocalSystem start(int size) throws Exception {
        Path dataDir = Path.of(System.getProperty("scale.keep"), "scale-" + size);
        if (!Files.exists(dataDir.resolve("scale-load-finished.txt"))) {
            throw new IllegalStateException("no finished load in " + dataDir);
        }
        Files.deleteIfExists(dataDir.resolve("clock.json"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("sendtracker.local.clock-start", END.toString());
        properties.put("sendtracker.local.timer-pump", "off");
        return LocalSystem.start(new LocalSettings(0, dataDir), false, properties);
    }
}
