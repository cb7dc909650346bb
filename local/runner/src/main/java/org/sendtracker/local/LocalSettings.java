package org.sendtracker.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the local runner reads from its environment: {@code PORT} (8080), {@code DATA_DIR} (.data)
 * and {@code BIND} (127.0.0.1: the clock, the outbox and the local sign-in provider are not for the
 * network).
 */
public record LocalSettings(int port, Path dataDir, String bind) {

    public static final String LOOPBACK = "127.0.0.1";

    public LocalSettings(int port, Path dataDir) {
        this(port, dataDir, LOOPBACK);
    }

    public static LocalSettings fromEnvironment(Map<String, String> env) {
        String port = env.getOrDefault("PORT", "8080");
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("PORT must be a port number, not '" + port + "'");
        }
        String bind = env.getOrDefault("BIND", LOOPBACK).strip();
        if (!bind.matches("[A-Za-z0-9.:\\-\\[\\]]{1,100}")) {
            throw new IllegalArgumentException(
                    "BIND must be an address to listen on, such as 127.0.0.1 or 0.0.0.0, not '"
                            + bind
                            + "'");
        }
        return new LocalSettings(
                Integer.parseInt(port), Path.of(env.getOrDefault("DATA_DIR", ".data")), bind);
    }
}
