package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;
import org.sendtracker.local.testing.LocalTokens;
import org.sendtracker.testing.EmailsForPeople;

/**
 * The local runner as a separate process, killed (SIGKILL, no shutdown hooks) while a lifecycle
 * waits for its next reminder, then started again on the same data: the timer survives and the
 * reminder goes out once, on time.
 */
class KillAndRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir Path dataDir;

    @Test
    void killingTheRunnerWhileALifecycleWaits_losesNoTimer_andTheNextReminderGoesOutOnceOnTime()
            throws Exception {
        int port = EmbeddedDynamoDb.freePort();
        Process first = start(port);
        try {
            post(port, "/api/areas", Fixtures.TESTSHIRE);
            post(
                    port,
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
            post(
                    port,
                    "/api/inspections/testshire-2019-03-18/events",
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
            post(
                    port,
                    "/api/inspections/testshire-2019-03-18/events",
                    """
                    {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_SUBMISSION","dueOn":"2026-12-04","reason":"Extension agreed"}""");
            post(
                    port,
                    "/local/clock",
                    """
                    {"now":"2026-11-26T12:00:00Z"}""");
            assertThat(emails(port)).isEmpty();
        } finally {
            first.destroyForcibly().waitFor();
        }

        Process second = start(port);
        try {
            assertThat(Instant.parse(get(port, "/local/clock").get("now").asText()))
                    .isBetween(
                            Instant.parse("2026-11-26T12:00:00Z"),
                            Instant.parse("2026-11-26T12:10:00Z"));
            post(
                    port,
                    "/local/clock",
                    """
                    {"now":"2026-11-27T08:00:00Z"}""");
            post(
                    port,
                    "/local/clock",
                    """
                    {"now":"2026-11-27T18:00:00Z"}""");

            assertThat(emails(port))
                    .containsExactly(
                            "2026-11-27 08:00 | [Testshire] Written Statement of Action submission due in 5 working days: 4 December 2026");
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    private Process start(int port) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dsqlite4java.library.path="
                                + System.getProperty("sqlite4java.library.path"),
                        "org.sendtracker.local.LocalRunner");
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("DATA_DIR", dataDir.toString());
        builder.environment().put("SENDTRACKER_LOCAL_CLOCK_START", "2026-11-23T09:00:00Z");
        builder.redirectErrorStream(true).redirectOutput(dataDir.resolve("runner.log").toFile());
        Process process = builder.start();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            String log = Files.readString(dataDir.resolve("runner.log"));
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the runner stopped; its output ended:\n"
                                + log.substring(Math.max(0, log.length() - 4000)));
            }
            try {
                HttpResponse<String> areas =
                        http.send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:" + port + "/api/areas"))
                                        .GET()
                                        .header(
                                                "Authorization",
                                                LocalTokens.bearer(
                                                        URI.create("http://127.0.0.1:" + port),
                                                        "admin"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                // running: serving, with the demo in (it says so once the demo has loaded)
                if (areas.statusCode() == 200
                        && areas.body().contains("cumbria")
                        && log.contains("SEND inspection tracker is running")) {
                    return process;
                }
            } catch (IOException | RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new AssertionError("the runner did not start within 3 minutes");
    }

    private JsonNode post(int port, String path, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Content-Type", "application/json")
                                .header(
                                        "Authorization",
                                        LocalTokens.bearer(
                                                URI.create("http://127.0.0.1:" + port), "admin"))
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }

    private JsonNode get(int port, String path) throws IOException, InterruptedException {
        return JSON.readTree(
                http.send(
                                HttpRequest.newBuilder(
                                                URI.create("http://127.0.0.1:" + port + path))
                                        .GET()
                                        .header(
                                                "Authorization",
                                                LocalTokens.bearer(
                                                        URI.create("http://127.0.0.1:" + port),
                                                        "admin"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
    }

    /**
     * Testshire's emails (the demo's fictional areas get their own) as "when (UTC, to the minute) |
     * subject", oldest first; every email in the outbox must be written for people.
     */
    private List<String> emails(int port) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        for (JsonNode message : get(port, "/local/outbox")) {
            EmailsForPeople.check(
                    message.get("subject").asText(),
                    message.path("text").textValue(),
                    message.path("html").textValue());
            if (!message.get("subject").asText().startsWith("[Testshire]")) {
                continue;
            }
            lines.add(
                    0,
                    message.get("sentAt").asText().substring(0, 16).replace('T', ' ')
                            + " | "
                            + message.get("subject").asText());
        }
        return lines;
    }
}
