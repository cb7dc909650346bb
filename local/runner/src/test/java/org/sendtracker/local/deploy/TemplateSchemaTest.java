package org.sendtracker.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendtracker.testing.CloudFormationTags;
import org.yaml.snakeyaml.Yaml;

/**
 * template.yaml against the AWS SAM resource schema kept in the shared folder (offline: no
 * cfn-lint, no AWS account). CloudFormation's short-form tags ({@code !Ref}, {@code !Sub}, {@code
 * !GetAtt}, …) are read as the long forms they stand for.
 */
class TemplateSchemaTest {

    @Test
    void templateYaml_isValidAgainstTheSamSchema() throws IOException {
        Path schemaFile = shared().resolve("schemas/sam.schema.json");
        JsonNode schema = new ObjectMapper().readTree(schemaFile.toFile());
        JsonNode template =
                new ObjectMapper().valueToTree(readCloudFormation(Path.of("../../template.yaml")));

        Set<ValidationMessage> problems =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                        .getSchema(schema)
                        .validate(template);

        assertThat(problems).isEmpty();
        assertThat(template.at("/Transform").asText()).isEqualTo("AWS::Serverless-2016-10-31");
    }

    private static Object readCloudFormation(Path yaml) throws IOException {
        try (Reader reader = Files.newBufferedReader(yaml)) {
            return new Yaml(new CloudFormationTags()).load(reader);
        }
    }

    /** The shared folder beside the repository (CI clones main with shared/ next to it). */
    private static Path shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/schemas"))) {
                return dir.resolve("shared");
            }
        }
        throw new AssertionError(
                "no shared/schemas folder beside the repository: clone it next to shared/ as CI does");
    }
}
