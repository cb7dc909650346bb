package org.sendtracker.local.stepfunctions.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sendtracker.local.stepfunctions.testing.Json;

/**
 * One golden case of the conformance suite: {@code <feature>/<case>.asl.json} with its {@code
 * .input.json}, optional {@code .tasks.json} (what each function does per attempt) and {@code
 * .expected.json} (status, output or error and cause, invocations, engine seconds, the output paths
 * excluded from comparison, and the fields where the reference interpreter is known to differ).
 */
public record ConformanceCase(
        String key, String definition, JsonNode input, JsonNode tasks, JsonNode expected) {

    public static final Path SUITE = Path.of("src", "test", "resources", "conformance");

    public static List<ConformanceCase> all() {
        try (Stream<Path> files = Files.walk(SUITE)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".asl.json"))
                    .sorted()
                    .map(ConformanceCase::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> aslFiles() {
        try (Stream<Path> files = Files.walk(SUITE)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".asl.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConformanceCase load(Path asl) {
        String file = asl.getFileName().toString();
        String base = file.substring(0, file.length() - ".asl.json".length());
        Path dir = asl.getParent();
        String key = SUITE.relativize(dir).toString().replace('\\', '/') + "/" + base;
        try {
            return new ConformanceCase(
                    key,
                    Files.readString(asl),
                    Json.read(dir.resolve(base + ".input.json")),
                    optional(dir.resolve(base + ".tasks.json")),
                    Json.read(dir.resolve(base + ".expected.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode optional(Path file) {
        return Files.exists(file) ? Json.read(file) : JsonNodeFactory.instance.objectNode();
    }

    /** The state machine name both engines use: {@code feature-case}. */
    public String stateMachineName() {
        return key.replace('/', '-');
    }

    @Override
    public String toString() {
        return key;
    }
}
