package org.sendtracker.http.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendtracker.testing.CloudFormationTags;
import org.yaml.snakeyaml.Yaml;

/**
 * A function's environment exactly as template.yaml gives it (Globals, then the function's own),
 * with each {@code !Ref} of a parameter resolved to the value given here or else the parameter's
 * default, and each {@code !Ref} of a resource to the value given here (a test's table name, say).
 * Anything else the template computes must be given explicitly, so a new kind of value cannot pass
 * unnoticed.
 */
public final class TemplateEnvironment {

    private static final Path TEMPLATE =
            Path.of(System.getProperty("basedir", ".")).resolve("../../template.yaml").normalize();

    private TemplateEnvironment() {}

    /**
     * @param given values of parameters and resources by logical name, and of variables (by name)
     *     the template computes
     */
    @SuppressWarnings("unchecked")
    public static Map<String, String> of(String function, Map<String, String> given) {
        Map<String, Object> template = read();
        Map<String, Object> parameters = (Map<String, Object>) template.get("Parameters");
        Map<String, Object> variables =
                new LinkedHashMap<>(
                        path(template, "Globals", "Function", "Environment", "Variables"));
        variables.putAll(
                path(template, "Resources", function, "Properties", "Environment", "Variables"));
        Map<String, String> environment = new LinkedHashMap<>();
        variables.forEach(
                (name, value) -> {
                    String resolved;
                    if (value instanceof String text) {
                        resolved = text;
                    } else if (value instanceof Map<?, ?> ref && ref.containsKey("Ref")) {
                        String target = (String) ref.get("Ref");
                        Map<String, Object> parameter =
                                (Map<String, Object>) parameters.get(target);
                        resolved =
                                given.containsKey(target)
                                        ? given.get(target)
                                        : parameter != null && parameter.containsKey("Default")
                                                ? String.valueOf(parameter.get("Default"))
                                                : null;
                    } else {
                        resolved = given.get(name);
                    }
                    if (resolved == null) {
                        throw new AssertionError(
                                "template.yaml gives "
                                        + function
                                        + " "
                                        + name
                                        + " = "
                                        + value
                                        + ": give the test a value for it");
                    }
                    environment.put(name, resolved);
                });
        return environment;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> path(Map<String, Object> node, String... keys) {
        Map<String, Object> current = node;
        for (String key : keys) {
            current = (Map<String, Object>) current.getOrDefault(key, Map.of());
        }
        return current;
    }

    private static Map<String, Object> read() {
        try (Reader reader = Files.newBufferedReader(TEMPLATE)) {
            return new Yaml(new CloudFormationTags()).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
