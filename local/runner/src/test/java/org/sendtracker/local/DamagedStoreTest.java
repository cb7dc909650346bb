package org.sendtracker.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;

/**
 * A damaged file under DATA_DIR stops {@code ./run-local} at once: a non-zero exit, a message
 * naming the file and what to do, and nothing left running (no server answering 500s, no JVM
 * hanging on).
 */
class DamagedStoreTest {

    @TempDir Path dataDir;

    private final int port = EmbeddedDynamoDb.freePort();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Integer> exits = new ArrayList<>();

    @Test
    void aDamagedExecutionFile_stopsTheStart_namingIt() throws IOException {
        Path file =
                damage(
                        "stepfunctions/executions/InspectionWorkflow/cumbria-2019-03-18-g2.json",
                        "{\"executionArn\": \"arn:aws:sta");

        assertThat(start()).isNull();

        assertThat(exits).containsExactly(LocalRunner.DAMAGED_STORE);
        assertThat(err())
                .contains(file + ": it does not hold an execution snapshot (")
                .contains(
                        "Delete it (or restore it from a backup): the scheduled reconcile restarts the workflow it ran");
        assertNothingListens();
    }

    @Test
    void aDamagedOutboxIndex_stopsTheStart_namingIt() throws IOException {
        Path file = damage("outbox/index.json", "[{\"id\": ");

        assertThat(start()).isNull();

        assertThat(exits).containsExactly(LocalRunner.DAMAGED_STORE);
        assertThat(err())
                .contains(file + ": it is not the outbox's list of messages (")
                .contains("Delete the outbox folder to start with an empty outbox");
        assertNothingListens();
    }

    @Test
    void aDamagedClockFile_stopsTheStart_namingIt() throws IOException {
        Path file = damage("clock.json", "{\"now\": \"yesterday\"}");

        assertThat(start()).isNull();

        assertThat(exits).containsExactly(LocalRunner.DAMAGED_STORE);
        assertThat(err())
                .contains(file + ": it does not hold a saved time")
                .contains("Delete it to start the clock from the real time");
        assertNothingListens();
    }

    @Test
    void aDamagedDynamoDbFile_stopsTheStart_namingIt() throws IOException {
        Path file =
                damage(
                        "dynamodb/" + LocalSystem.DYNAMODB_FILE,
                        "SQLite format 3\u0000 but then not at all a database ".repeat(200));

        assertThat(start()).isNull();

        assertThat(exits).containsExactly(LocalRunner.DAMAGED_STORE);
        assertThat(err())
                .contains(file + ": DynamoDB Local cannot read it (")
                .contains(
                        "Move the dynamodb folder aside (or restore it from a backup) to start with an empty store.");
        assertNothingListens();
    }

    @Test
    void theRealMain_inItsOwnJvm_exitsNonZero_namingTheFile_andLeavesNoJvmBehind()
            throws Exception {
        Path file =
                damage(
                        "stepfunctions/executions/InspectionWorkflow/cumbria-2019-03-18-g2.json",
                        "not json at all");
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
        Path log = Files.createTempFile("damaged-store", ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());

        Process runner = builder.start();
        boolean ended = runner.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            runner.destroyForcibly().waitFor();
        }

        assertThat(ended)
                .as("the runner's JVM ended by itself:\n" + Files.readString(log))
                .isTrue();
        assertThat(runner.exitValue()).isEqualTo(LocalRunner.DAMAGED_STORE);
        assertThat(runner.descendants()).isEmpty();
        assertThat(Files.readString(log))
                .contains(
                        "a file of its store is damaged",
                        file + ": it does not hold an execution snapshot (");
        Files.delete(log);
    }

    @Test
    void throughLocalSystemStart_theFailureNamesTheFile_andNothingIsLeftRunning()
            throws IOException {
        Path file = damage("outbox/index.json", "{");

        assertThatThrownBy(() -> LocalSystem.start(new LocalSettings(port, dataDir), false))
                .hasStackTraceContaining(file + ": it is not the outbox's list of messages");

        assertNothingListens();
    }

    private LocalSystem start() {
        return LocalRunner.run(
                Map.of("PORT", Integer.toString(port), "DATA_DIR", dataDir.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                exits::add);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path damage(String relative, String content) throws IOException {
        Path file = dataDir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    /**
     * No half-working server: nothing of ours answers on the port once the start has failed (the
     * server it had started stops as the failure is reported; Netty lets go of the port as its
     * event loops end). Another process on this machine may be given the port since, so only an
     * answer from our clock endpoint counts.
     */
    private void assertNothingListens() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                HttpResponse<String> answer =
                        http.send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + port
                                                                + "/local/clock"))
                                        .timeout(Duration.ofSeconds(5))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (!answer.body().contains("\"now\"")) {
                    return; // not a server of ours
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(
                            "the local system still answers on port "
                                    + port
                                    + ": "
                                    + answer.body());
                }
            } catch (IOException closed) {
                return; // nothing of ours listens
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
