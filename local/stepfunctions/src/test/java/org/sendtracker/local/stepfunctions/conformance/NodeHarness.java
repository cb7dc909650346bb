package org.sendtracker.local.stepfunctions.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scripts of {@code conformance-js/} (installed with {@code npm ci} there). Tests using it
 * are skipped, with a message saying why, only when node or the node_modules are missing.
 */
final class NodeHarness {

    static final Path DIRECTORY = Path.of("conformance-js");
    private static final long TIMEOUT_SECONDS = 120;

    /** What a script printed and how it ended. */
    record Outcome(int exitCode, String stdout, String stderr) {}

    private NodeHarness() {}

    static void assumeInstalled() {
        assumeTrue(
                nodeVersion() != null,
                "node is not on the PATH: the reference-interpreter checks need Node.js 20 or newer");
        assumeTrue(
                Files.isDirectory(
                                DIRECTORY
                                        .resolve("node_modules")
                                        .resolve("aws-local-stepfunctions"))
                        && Files.isDirectory(
                                DIRECTORY.resolve("node_modules").resolve("asl-validator")),
                "conformance-js/node_modules is missing: run `npm ci` in local/stepfunctions/conformance-js");
    }

    /** Runs {@code node script args...} in {@code conformance-js/}. */
    static Outcome run(String script, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(arguments);
        try {
            Path stdout = Files.createTempFile("node-out", ".txt");
            Path stderr = Files.createTempFile("node-err", ".txt");
            try {
                Process process =
                        new ProcessBuilder(command)
                                .directory(DIRECTORY.toFile())
                                .redirectOutput(stdout.toFile())
                                .redirectError(stderr.toFile())
                                .start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(
                            "node " + script + " did not finish in " + TIMEOUT_SECONDS + " s");
                }
                return new Outcome(
                        process.exitValue(),
                        Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new AssertionError("Cannot run node " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running node " + script, e);
        }
    }

    private static String nodeVersion() {
        try {
            Process process =
                    new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String version =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                            .strip();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0
                    ? version
                    : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
