package org.sendtracker.local;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.local.testing.LocalTokens;

/**
 * Stopping the runner (SIGTERM, Ctrl+C: {@link LocalSystem#close}) answers the requests under way
 * before the server closes: a write it has begun is either refused or recorded and answered, never
 * recorded unanswered, which a client without an idempotency key would send again (docs/design.md,
 * "Stopping").
 */
class StoppingTest {

    @TempDir Path dataDir;

    @Test
    void aWriteUnderWayWhenTheRunnerStops_isAnswered_beforeTheServerCloses() throws Exception {
        LocalSystem system =
                LocalSystem.start(
                        new LocalSettings(0, dataDir),
                        false,
                        Map.of(LocalSystem.IN_MEMORY, "true"));
        URI base = system.uri();
        byte[] body =
                """
                {"id":"stopshire","name":"Stopshire","contacts":[
                  {"name":"Lead Officer","email":"lead@stopshire.example","role":"LEAD_OFFICER"}]}"""
                        .getBytes(UTF_8);
        String bearer = LocalTokens.bearer(base, "admin");
        // a signed-in request first, as an officer's session has made: the server has the
        // sign-in keys (it fetched them from the local identity provider, on this same server)
        HttpResponse<String> me =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(base.resolve("/api/me"))
                                        .header("Authorization", bearer)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        CompletableFuture<Void> stopped;
        String statusLine;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
            OutputStream out = socket.getOutputStream();
            // given a POST whose headers and first bytes have arrived
            out.write(
                    ("POST /api/areas HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                                    + bearer
                                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                                    + body.length
                                    + "\r\n\r\n")
                            .getBytes(US_ASCII));
            out.write(body, 0, 10);
            out.flush();

            // when the runner is told to stop, and has stopped taking connections
            stopped = CompletableFuture.runAsync(system::close);
            awaitRefused(base, Duration.ofSeconds(30));
            // and the rest of the request then arrives
            out.write(body, 10, body.length - 10);
            out.flush();

            // then it is answered: the area is registered and the client is told so
            statusLine =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), US_ASCII))
                            .readLine();
        }
        stopped.get(60, TimeUnit.SECONDS);
        assertThat(statusLine).isEqualTo("HTTP/1.1 201 Created");
    }

    /** Waits, polling, until a new connection to the system is refused. */
    private static void awaitRefused(URI base, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(base.getHost(), base.getPort()), 1000);
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                // neither refused nor taken: ask again
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server still took connections after " + atMost);
    }
}
