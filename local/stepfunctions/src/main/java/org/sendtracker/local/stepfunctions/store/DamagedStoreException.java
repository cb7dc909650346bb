package org.sendtracker.local.stepfunctions.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file the local system keeps its state in cannot be read back: the system must not start
 * half-working on it. The message names the file, what is wrong and what to do, for a person to
 * read as it stops.
 */
public final class DamagedStoreException extends IllegalStateException {

    private final Path file;

    /**
     * @param problem what is wrong with it, e.g. "it is not an execution snapshot (…)"
     * @param remedy what a person can do, e.g. "Delete it: the reconcile restarts its workflow."
     */
    public DamagedStoreException(Path file, String problem, String remedy, Throwable cause) {
        super(file + ": " + problem + ". " + remedy, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The first damaged file in {@code thrown}'s chain of causes, if any. */
    public static Optional<DamagedStoreException> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DamagedStoreException damaged) {
                return Optional.of(damaged);
            }
        }
        return Optional.empty();
    }
}
