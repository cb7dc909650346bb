package org.sendtracker.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * template.yaml holds every safeguard of {@link TemplateHardening} (alarms and their topic, the
 * failed-executions rule, log groups with retention, SES configuration set, identity and event
 * destination, throttling, reserved concurrency, the table's deletion protection and retain
 * policies), and each check is real: on a copy of the template without that one thing, it fails,
 * naming it.
 */
class TemplateHardeningTest {

    private static final JsonNode TEMPLATE = read(Path.of("../../template.yaml"));

    @Test
    void theTemplate_holdsEverySafeguard() {
        assertThat(TemplateHardening.problems(TEMPLATE)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> aCopyWithoutOneSafeguard_failsNamingIt() {
        return TemplateHardening.checks().stream()
                .map(
                        check ->
                                DynamicTest.dynamicTest(
                                        "without the " + check.name(),
                                        () -> {
                                            JsonNode copy = TEMPLATE.deepCopy();
                                            String path = check.removablePath();
                                            JsonNode parent =
                                                    copy.at(
                                                            path.substring(
                                                                    0, path.lastIndexOf('/')));
                                            assertThat(
                                                            parent.has(
                                                                    path.substring(
                                                                            path.lastIndexOf('/')
                                                                                    + 1)))
                                                    .as("template.yaml has " + path)
                                                    .isTrue();
                                            ((ObjectNode) parent)
                                                    .remove(
                                                            path.substring(
                                                                    path.lastIndexOf('/') + 1));

                                            assertThat(TemplateHardening.problems(copy))
                                                    .contains(check.name());
                                        }));
    }

    @Test
    void theStateMachinesName_fitsStepFunctions80Characters_forTheLongestStackName() {
        // Name: !Sub ['inspection-workflow-${StackUuid}', {StackUuid: !Select [2, !Split ['/', !Ref
        // AWS::StackId]]}]
        JsonNode name = TEMPLATE.at("/Resources/InspectionWorkflow/Properties/Name");
        assertThat(name.get(1).at("/StackUuid"))
                .as("the stack id's third part")
                .hasToString("[2,[\"/\",\"AWS::StackId\"]]");
        String longestStackName = "s".repeat(128);
        String stackId =
                "arn:aws:cloudformation:eu-west-2:123456789012:stack/"
                        + longestStackName
                        + "/c0ffee00-1234-11ef-9f7a-0a1b2c3d4e5f";
        String evaluated = name.get(0).asText().replace("${StackUuid}", stackId.split("/")[2]);

        assertThat(evaluated)
                .isEqualTo("inspection-workflow-c0ffee00-1234-11ef-9f7a-0a1b2c3d4e5f")
                .hasSizeLessThanOrEqualTo(80);
        assertThat(TEMPLATE.toString())
                .as("every reference to the state machine's ARN builds it the same way")
                .doesNotContain("${AWS::StackName}-inspection-workflow'");
        for (String function : new String[] {"HttpFunction", "ReconcileFunction"}) {
            JsonNode arn =
                    TEMPLATE.at(
                            "/Resources/"
                                    + function
                                    + "/Properties/Environment/Variables/SENDTRACKER_WORKFLOW_STATE_MACHINE_ARN");
            assertThat(arn.get(0).asText())
                    .endsWith(":stateMachine:inspection-workflow-${StackUuid}");
            assertThat(arn.get(1)).isEqualTo(name.get(1));
        }
    }

    private static JsonNode read(Path yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + yaml, e);
        }
    }
}
