package org.sendtracker.local;

import java.nio.file.Path;
import java.util.Map;

/** What the local runner reads from its environment: {@code PORT} (8080) and {@code DATA_DIR} (.data). */
public record LocalSettings(int port, Path dataDir) {

    public static LocalSettings fromEnvironment(Map<String, String> env) {
        String port = env.getOrDefault("PORT", "8080");
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("PORT must be a port number, not '" + port + "'");
        }
        return new LocalSettings(Integer.parseInt(port), Path.of(env.getOrDefault("DATA_DIR", ".data")));
    }
}
