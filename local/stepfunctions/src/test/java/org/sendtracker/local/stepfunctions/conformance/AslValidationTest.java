package org.sendtracker.local.stepfunctions.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates ASL with the npm asl-validator 4.x ({@code conformance-js/validate.mjs}): every file of
 * the conformance suite and every {@code statemachine/**}{@code /*.asl.json} of the project.
 */
class AslValidationTest {

    private static final Path PROJECT_STATE_MACHINES = Path.of("..", "..", "statemachine");

    @Test
    void suiteAndProjectDefinitions_areValidAsl() throws IOException {
        NodeHarness.assumeInstalled();
        // given every ASL file of the suite and of the project
        List<String> files = new ArrayList<>();
        ConformanceCase.aslFiles().forEach(p -> files.add(p.toAbsolutePath().toString()));
        files.addAll(projectDefinitions());
        // when asl-validator checks them
        NodeHarness.Outcome outcome = NodeHarness.run("validate.mjs", files);
        // then all are valid
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).contains(files.size() + " passed, 0 failed");
    }

    @Test
    void invalidAsl_isReportedWithTheFileAndTheProblem(@TempDir Path dir) throws IOException {
        NodeHarness.assumeInstalled();
        // given a definition whose StartAt names no state
        Path broken = dir.resolve("broken.asl.json");
        Files.writeString(
                broken, "{\"StartAt\":\"Nowhere\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}");
        // when asl-validator checks it
        NodeHarness.Outcome outcome =
                NodeHarness.run("validate.mjs", List.of(broken.toAbsolutePath().toString()));
        // then it fails, naming the file
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr()).startsWith(broken.toAbsolutePath() + ": invalid: ");
        assertThat(outcome.stdout()).contains("0 passed, 1 failed");
    }

    private static List<String> projectDefinitions() throws IOException {
        if (!Files.isDirectory(PROJECT_STATE_MACHINES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(PROJECT_STATE_MACHINES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".asl.json"))
                    .map(p -> p.toAbsolutePath().normalize().toString())
                    .sorted()
                    .toList();
        }
    }
}
