package org.sendtracker.local.clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.local.stepfunctions.store.DamagedStoreException;

/**
 * {@code clock.json}: the simulated time last saved, {@code {"now":"2025-01-31T09:00:00Z"}}.
 * Written to a temporary file and moved into place, so a crash mid-write leaves the previous time,
 * never half a file.
 */
final class ClockFile {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final Path path;

    ClockFile(Path path) {
        this.path = path;
    }

    Optional<Instant> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            JsonNode now = json.readTree(path.toFile()).path("now");
            return Optional.of(Instant.parse(now.asText()));
        } catch (IOException | DateTimeParseException e) {
            throw new DamagedStoreException(
                    path,
                    "it does not hold a saved time ({\"now\":\"<ISO instant>\"}): "
                            + e.getMessage().lines().findFirst().orElse(""),
                    "Delete it to start the clock from the real time (or SENDTRACKER_LOCAL_CLOCK_START).",
                    e);
        }
    }

    void write(Instant now) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
            json.writeValue(temporary.toFile(), Map.of("now", now.toString()));
            Files.move(
                    temporary,
                    path,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the simulated time to " + path, e);
        }
    }
}
