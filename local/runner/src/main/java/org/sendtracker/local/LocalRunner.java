package org.sendtracker.local;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.IntConsumer;
import org.sendtracker.local.stepfunctions.store.DamagedStoreException;

/**
 * {@code ./run-local}: starts the whole system on this machine and says where to open it. If it
 * cannot start (a damaged store file, a port in use), it says why and which file, and the process
 * exits non-zero with nothing left running: never a server that limps on 500s, never a JVM that
 * hangs.
 */
public final class LocalRunner {

    /** Exit status when a file under DATA_DIR cannot be read back. */
    public static final int DAMAGED_STORE = 3;

    /** Exit status for any other failure to start. */
    public static final int FAILED_TO_START = 1;

    private LocalRunner() {}

    public static void main(String[] args) {
        run(System.getenv(), System.out, System.err, System::exit);
    }

    /**
     * Starts the system, or reports why it cannot and calls {@code exit} with a non-zero status:
     * the process-exit seam, so a test can start it in-process.
     *
     * @return the running system, or null when it did not start
     */
    static LocalSystem run(
            Map<String, String> env, PrintStream out, PrintStream err, IntConsumer exit) {
        LocalSystem system;
        LocalSettings settings;
        try {
            settings = LocalSettings.fromEnvironment(env);
            system = LocalSystem.start(settings, true);
        } catch (RuntimeException | Error e) {
            var damaged = DamagedStoreException.in(e);
            if (damaged.isPresent()) {
                err.println(
                        "The SEND inspection tracker cannot start: a file of its store is damaged.");
                err.println(damaged.get().getMessage());
                exit.accept(DAMAGED_STORE);
            } else {
                err.println("The SEND inspection tracker cannot start: " + e);
                e.printStackTrace(err);
                exit.accept(FAILED_TO_START);
            }
            return null;
        }
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    out.println("Stopping the SEND inspection tracker...");
                                    system.close();
                                    out.println("Stopped.");
                                },
                                "local-system-shutdown"));
        out.println();
        out.println(
                "SEND inspection tracker is running: open http://localhost:"
                        + settings.port()
                        + "/");
        out.println(
                "Data is kept in "
                        + settings.dataDir().toAbsolutePath()
                        + " (delete it to start again with demo data); the workflow's metrics go to "
                        + LocalSystem.METRICS_FILE
                        + " there.");
        out.println("Stop with Ctrl+C.");
        return system;
    }
}
