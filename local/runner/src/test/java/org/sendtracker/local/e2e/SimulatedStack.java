package org.sendtracker.local.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sendtracker.local.LocalSettings;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.local.clock.LocalClock;
import org.sendtracker.local.ses.Outbox;
import org.sendtracker.local.ses.OutboxMessage;
import org.sendtracker.local.testing.LocalTokens;
import org.sendtracker.testing.EmailsForPeople;

/**
 * The whole local system (no demo data) on a temporary store whose clock starts at a given instant,
 * driven over HTTP as an officer's client would, with time moved by the simulated clock.
 */
final class SimulatedStack implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final LocalSystem system;
    private final HttpClient http = HttpClient.newHttpClient();

    SimulatedStack(Path dataDir, String clockStart) {
        this.system =
                LocalSystem.start(
                        new LocalSettings(0, dataDir),
                        false,
                        Map.of(
                                "sendtracker.local.clock-start",
                                clockStart,
                                "sendtracker.local.timer-pump",
                                "off"));
    }

    /**
     * Lets simulated time pass until {@code target}; the clock stops at every timer on the way, so
     * each fires at its own time.
     */
    void advanceTo(String target) {
        Instant until = Instant.parse(target);
        LocalClock clock = system.context().getBean(LocalClock.class);
        clock.catchUpTo(until);
    }

    JsonNode post(String path, String json) {
        return write("POST", path, json);
    }

    JsonNode put(String path, String json) {
        return write("PUT", path, json);
    }

    /** A POST with an {@code Idempotency-Key}, as a client that retries safely sends it. */
    JsonNode post(String path, String json, String idempotencyKey) {
        return write("POST", path, json, "Idempotency-Key", idempotencyKey);
    }

    /** A JSON API write that must succeed, as an officer's client sends it; the parsed answer. */
    private JsonNode write(String method, String path, String json, String... headers) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(system.uri().resolve(path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", LocalTokens.bearer(system.uri(), "admin"))
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        HttpRequest request = builder.build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() >= 300) {
            throw new AssertionError(
                    method + " " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    /** A page as a browser asks for it: its HTML, which must come back 200. */
    String page(String path) {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(system.uri().resolve(path))
                                .header("Accept", "text/html")
                                .header("Authorization", LocalTokens.bearer(system.uri(), "admin"))
                                .GET()
                                .build());
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "GET " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * What a browser's download of {@code path} gets (any status), as bytes: a PDF, or the page
     * saying why not.
     */
    HttpResponse<byte[]> download(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(system.uri().resolve(path))
                            .header("Authorization", LocalTokens.bearer(system.uri(), "admin"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A form post as a signed-in script sends it (a bearer token needs no anti-forgery token); the
     * status.
     */
    int postForm(String path, String body) {
        HttpRequest request =
                HttpRequest.newBuilder(system.uri().resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .header("Authorization", LocalTokens.bearer(system.uri(), "admin"))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        return send(request).statusCode();
    }

    JsonNode get(String path) {
        return read(
                send(HttpRequest.newBuilder(system.uri().resolve(path))
                                .GET()
                                .header("Authorization", LocalTokens.bearer(system.uri(), "admin"))
                                .build())
                        .body());
    }

    /**
     * Every email sent so far, oldest first, one line each: when (UTC, to the minute) | to | cc |
     * subject.
     */
    List<String> emails() {
        return system.context().getBean(Outbox.class).messages().stream()
                .sorted(Comparator.comparing(OutboxMessage::sentAt))
                .map(
                        m ->
                                MINUTE.format(m.sentAt())
                                        + " | "
                                        + String.join(",", m.to())
                                        + " | "
                                        + String.join(",", m.cc())
                                        + " | "
                                        + m.subject())
                .toList();
    }

    LocalSystem system() {
        return system;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the system, having checked that every email it sent is written for people (greeting,
     * what to do, no codes, text and HTML alike: docs/emails.md).
     */
    @Override
    public void close() {
        try {
            system.context()
                    .getBean(Outbox.class)
                    .messages()
                    .forEach(m -> EmailsForPeople.check(m.subject(), m.text(), m.html()));
        } finally {
            system.close();
        }
    }
}
