package org.sendtracker.local.stepfunctions.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Stores {@code state-machines/NAME.json} and {@code executions/MACHINE/NAME.json} under a
 * directory. Each write goes to a temporary file in the same folder that is then renamed over the
 * old file, so a crash leaves either the old or the new snapshot, never a torn one. Names are safe
 * as file names: the API refuses names with {@code / \ :} and control characters.
 */
final class FileEngineStore implements EngineStore {

    private final Path stateMachines;
    private final Path executions;

    FileEngineStore(Path directory) {
        this.stateMachines = directory.resolve("state-machines");
        this.executions = directory.resolve("executions");
        try {
            Files.createDirectories(stateMachines);
            Files.createDirectories(executions);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot create the engine's directories under " + directory, e);
        }
    }

    @Override
    public void saveStateMachine(StateMachineSnapshot stateMachine) {
        writeAtomically(
                stateMachines.resolve(stateMachine.name() + ".json"),
                SnapshotJson.write(stateMachine));
    }

    @Override
    public void saveExecution(ExecutionSnapshot execution) {
        Path file =
                executions
                        .resolve(execution.stateMachineName())
                        .resolve(execution.name() + ".json");
        writeAtomically(file, SnapshotJson.write(execution));
    }

    @Override
    public List<StateMachineSnapshot> loadStateMachines() {
        List<StateMachineSnapshot> loaded = new ArrayList<>();
        for (Path file : jsonFiles(stateMachines)) {
            loaded.add(
                    read(
                            file,
                            StateMachineSnapshot.class,
                            "a state machine",
                            "Delete it: the local runner creates its state machine again from statemachine/ at start."));
        }
        return loaded;
    }

    @Override
    public List<ExecutionSnapshot> loadExecutions() {
        List<ExecutionSnapshot> loaded = new ArrayList<>();
        for (Path file : jsonFiles(executions)) {
            loaded.add(
                    read(
                            file,
                            ExecutionSnapshot.class,
                            "an execution",
                            "Delete it (or restore it from a backup): the scheduled reconcile restarts the workflow it ran"
                                    + " once its wake time is 6 hours past."));
        }
        return loaded;
    }

    /**
     * A snapshot that does not read back (a torn copy, an edit by hand) stops the engine's start:
     * running on without it would silently drop that execution's timer.
     */
    private static <T> T read(Path file, Class<T> type, String what, String remedy) {
        try {
            T snapshot = SnapshotJson.read(readAll(file), type);
            if (snapshot == null) {
                throw new IllegalArgumentException("the file is empty");
            }
            return snapshot;
        } catch (RuntimeException e) {
            String reason =
                    e instanceof UncheckedIOException io
                            ? io.getCause().getMessage()
                            : e.getMessage();
            throw new DamagedStoreException(
                    file,
                    "it does not hold " + what + " snapshot (" + firstLine(reason) + ")",
                    remedy,
                    e);
        }
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse("unreadable");
    }

    private static List<Path> jsonFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith(".tmp-"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeAtomically(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".tmp-", ".json");
            try {
                Files.write(temp, content);
                try {
                    Files.move(
                            temp,
                            target,
                            StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }
}
