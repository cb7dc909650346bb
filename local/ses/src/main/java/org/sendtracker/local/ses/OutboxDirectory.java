package org.sendtracker.local.ses;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sendtracker.local.stepfunctions.store.DamagedStoreException;

/**
 * The outbox on disk: {@code <id>.eml} per message, for a person to open in a mail client, and
 * {@code index.json} listing the messages in the order they were sent, for the outbox to reload on
 * start. Each file is written beside its final name and moved into place, and a message's {@code
 * .eml} is written before the index names it, so a crash never leaves the index pointing at half a
 * message.
 */
final class OutboxDirectory {

    private static final String INDEX = "index.json";
    private static final TypeReference<List<OutboxMessage>> MESSAGES = new TypeReference<>() {};

    private final ObjectMapper json =
            JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build();
    private final Path directory;

    OutboxDirectory(Path directory) {
        this.directory = directory;
    }

    /**
     * The messages the index lists whose {@code .eml} is still there (a person may delete one to
     * tidy up).
     */
    List<OutboxMessage> load() {
        Path index = directory.resolve(INDEX);
        if (!Files.exists(index)) {
            return List.of();
        }
        try {
            return json.readValue(index.toFile(), MESSAGES).stream()
                    .filter(message -> Files.exists(eml(message.id())))
                    .toList();
        } catch (IOException e) {
            throw new DamagedStoreException(
                    index,
                    "it is not the outbox's list of messages ("
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                            + ")",
                    "Delete the outbox folder to start with an empty outbox (the emails' records in the timeline stay).",
                    e);
        }
    }

    void add(OutboxMessage message, byte[] eml, List<OutboxMessage> all) {
        write(eml(message.id()), eml);
        try {
            write(directory.resolve(INDEX), json.writeValueAsBytes(all));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outbox index", e);
        }
    }

    byte[] read(String id) {
        try {
            return Files.readAllBytes(eml(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + eml(id), e);
        }
    }

    void clear() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files =
                Files.newDirectoryStream(directory, "{*.eml," + INDEX + "}")) {
            for (Path file : files) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the outbox " + directory, e);
        }
    }

    private Path eml(String id) {
        return directory.resolve(id + ".eml");
    }

    private void write(Path file, byte[] content) {
        try {
            Files.createDirectories(directory);
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, content);
            Files.move(
                    temporary,
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
