package org.sendtracker.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.sendtracker.local.workflow.LocalLambdas;

/**
 * The local runner and template.yaml describe one system: the state machine the template deploys is
 * the file the engine runs, with the same substitutions; every function's handler class exists with
 * the constructors Lambda and the tests need; every CodeUri is a jar the build produces.
 */
class TemplateWiringTest {

    private static final Path ROOT = Path.of("../..");
    private static final JsonNode TEMPLATE = read(ROOT.resolve("template.yaml"));

    @Test
    void
            theStateMachinesSubstitutions_areExactlyTheOnesTheLocalEngineFills_eachAFunctionOfTheTemplate() {
        JsonNode workflow = TEMPLATE.at("/Resources/InspectionWorkflow/Properties");
        assertThat(workflow.get("DefinitionUri").asText())
                .isEqualTo("statemachine/inspection-workflow.asl.json");

        Map<String, String> substitutions = new TreeMap<>();
        workflow.get("DefinitionSubstitutions")
                .fields()
                .forEachRemaining(e -> substitutions.put(e.getKey(), e.getValue().asText()));
        assertThat(substitutions.keySet())
                .isEqualTo(new TreeSet<>(LocalLambdas.FUNCTIONS.keySet()));
        LocalLambdas.FUNCTIONS.forEach(
                (key, function) -> {
                    assertThat(substitutions.get(key)).isEqualTo(function + ".Alias");
                    assertThat(TEMPLATE.at("/Resources/" + function + "/Type").asText())
                            .isEqualTo("AWS::Serverless::Function");
                });
    }

    @Test
    void everySubstitutionTheDefinitionUses_isDeclared() throws IOException {
        String definition =
                Files.readString(ROOT.resolve("statemachine/inspection-workflow.asl.json"));
        List<String> used = new ArrayList<>();
        var matcher = Pattern.compile("\\$\\{(\\w+)}").matcher(definition);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        TreeSet<String> declared = new TreeSet<>();
        TEMPLATE.at("/Resources/InspectionWorkflow/Properties/DefinitionSubstitutions")
                .fieldNames()
                .forEachRemaining(declared::add);
        assertThat(new TreeSet<>(used)).isEqualTo(declared);
    }

    @Test
    void everyFunctionsHandler_isARealClass_withLambdasAndTheTestsConstructors() throws Exception {
        List<String> handlers = new ArrayList<>();
        TEMPLATE.get("Resources")
                .fields()
                .forEachRemaining(
                        resource -> {
                            if (resource.getValue()
                                    .path("Type")
                                    .asText()
                                    .equals("AWS::Serverless::Function")) {
                                handlers.add(
                                        resource.getValue().at("/Properties/Handler").asText());
                            }
                        });
        assertThat(handlers).hasSize(6);
        for (String handler : handlers) {
            Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
            assertThat(type.getConstructor())
                    .as(handler + " no-arg constructor (Lambda)")
                    .isNotNull();
            assertThat(type.getConstructor(ApplicationContext.class))
                    .as(handler + " context constructor (tests)")
                    .isNotNull();
            assertThat(handler).endsWith("::handleRequest");
        }
    }

    @Test
    void everyCodeUri_isAJarTheBuildProduces() throws IOException {
        TreeSet<String> codeUris = new TreeSet<>();
        TEMPLATE.get("Resources")
                .fields()
                .forEachRemaining(
                        resource -> {
                            JsonNode uri = resource.getValue().at("/Properties/CodeUri");
                            if (!uri.isMissingNode()) {
                                codeUris.add(uri.asText());
                            }
                        });
        assertThat(codeUris)
                .containsExactly(
                        "functions/http/target/http-lambda.jar",
                        "functions/reports/target/reports-lambda.jar",
                        "functions/workflow/target/workflow-lambda.jar");
        for (String uri : codeUris) {
            String module = uri.substring(0, uri.indexOf("/target/"));
            String jar = uri.substring(uri.lastIndexOf('/') + 1);
            assertThat(Files.readString(ROOT.resolve(module).resolve("pom.xml")))
                    .contains("${project.build.directory}/" + jar);
        }
    }

    @Test
    void everyLambdaJar_logsAtInfo_neverDebug() throws IOException {
        for (String jar :
                List.of(
                        "functions/http/target/http-lambda.jar",
                        "functions/reports/target/reports-lambda.jar",
                        "functions/workflow/target/workflow-lambda.jar")) {
            try (ZipFile zip = new ZipFile(ROOT.resolve(jar).toFile())) {
                ZipEntry config = zip.getEntry("log4j2.properties");
                assertThat(config)
                        .as(jar + " has a log4j2.properties (without one Log4j logs errors only)")
                        .isNotNull();
                assertThat(zip.getEntry("logback.xml")).as(jar + ": Logback is gone").isNull();
                String properties =
                        new String(
                                zip.getInputStream(config).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(properties)
                        .as(jar)
                        .contains("rootLogger.level = info")
                        .contains("eventTemplateUri = classpath:LambdaJsonLayout.json")
                        .doesNotContainIgnoringCase("level = debug")
                        .doesNotContainIgnoringCase("level = trace");
            }
        }
    }

    @Test
    void theReconcileSchedule_runsHourly_withTheExplicitInputOfItsSampleEvent() throws IOException {
        JsonNode schedule =
                TEMPLATE.at("/Resources/ReconcileFunction/Properties/Events/Hourly/Properties");
        assertThat(schedule.get("ScheduleExpression").asText()).isEqualTo("rate(1 hour)");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(schedule.get("Input").asText()))
                .isEqualTo(json.readTree(ROOT.resolve("events/workflow-reconcile.json").toFile()));
    }

    private static JsonNode read(Path yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + yaml, e);
        }
    }
}
