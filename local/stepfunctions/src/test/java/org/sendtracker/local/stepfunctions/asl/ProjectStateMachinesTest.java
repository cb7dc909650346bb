package org.sendtracker.local.stepfunctions.asl;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code statemachine/**}{@code /*.asl.json} of the project loads in this engine, so a
 * definition using something the engine does not implement fails this build, not a local run. Each
 * {@code ${Name}} is given a Lambda function ARN, as the SAM template's substitutions are.
 */
class ProjectStateMachinesTest {

    private static final Path PROJECT_STATE_MACHINES = Path.of("..", "..", "statemachine");
    private static final Pattern TOKEN = Pattern.compile("\\$\\{([^}]*)}");

    @Test
    void everyProjectStateMachine_loadsInTheLocalEngine() throws IOException {
        for (Path file : definitions()) {
            String definition = Files.readString(file);
            assertThatCode(
                            () ->
                                    DefinitionLoader.load(
                                            definition, placeholderSubstitutions(definition)))
                    .as(file.toString())
                    .doesNotThrowAnyException();
        }
    }

    private static Map<String, String> placeholderSubstitutions(String definition) {
        Map<String, String> substitutions = new HashMap<>();
        Matcher matcher = TOKEN.matcher(definition);
        while (matcher.find()) {
            substitutions.put(
                    matcher.group(1),
                    "arn:aws:lambda:us-east-1:123456789012:function:" + matcher.group(1));
        }
        return substitutions;
    }

    private static List<Path> definitions() throws IOException {
        if (!Files.isDirectory(PROJECT_STATE_MACHINES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(PROJECT_STATE_MACHINES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".asl.json"))
                    .sorted()
                    .toList();
        }
    }
}
