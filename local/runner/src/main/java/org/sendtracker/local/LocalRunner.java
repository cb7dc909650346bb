package org.sendtracker.local;

/** {@code ./run-local}: starts the whole system on this machine and says where to open it. */
public final class LocalRunner {

    private LocalRunner() {}

    public static void main(String[] args) {
        LocalSettings settings = LocalSettings.fromEnvironment(System.getenv());
        LocalSystem system = LocalSystem.start(settings, true);
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "local-system-shutdown"));
        System.out.println();
        System.out.println("SEND inspection tracker is running: open http://localhost:" + settings.port() + "/");
        System.out.println("Data is kept in " + settings.dataDir().toAbsolutePath() + " (delete it to start again with demo data).");
        System.out.println("Stop with Ctrl+C.");
    }
}
