package org.sendtracker.local.stepfunctions.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Set;
import org.sendtracker.local.stepfunctions.testing.Json;

/**
 * The fields of an execution result that a case compares: status, output (its nondeterministic
 * paths masked), error, cause, invocations and, for this engine, engineSeconds.
 */
final class ComparableResult {

    static final String MASK = "<nondeterministic>";
    private static final String[] FIELDS = {
        "status", "output", "error", "cause", "invocations", "engineSeconds"
    };

    private ComparableResult() {}

    /** The fields of {@code result} that {@code testCase} compares, leaving out {@code skipped}. */
    static ObjectNode of(JsonNode result, ConformanceCase testCase, Set<String> skipped) {
        ObjectNode comparable = JsonNodeFactory.instance.objectNode();
        for (String field : FIELDS) {
            boolean expected = testCase.expected().has(field) || field.equals("invocations");
            if (expected && !skipped.contains(field)) {
                JsonNode value = result.get(field);
                comparable.set(
                        field,
                        value == null
                                ? JsonNodeFactory.instance.objectNode()
                                : Json.canonical(value));
            }
        }
        if (comparable.get("output") instanceof ObjectNode output) {
            testCase.expected()
                    .path("nondeterministic")
                    .forEach(path -> mask(output, path.asText()));
        }
        return comparable;
    }

    /** Replaces the value at {@code $.a.b} with {@link #MASK} when present. */
    private static void mask(ObjectNode output, String path) {
        String[] names = path.substring(2).split("\\.");
        ObjectNode parent = output;
        for (int i = 0; i < names.length - 1; i++) {
            if (!(parent.get(names[i]) instanceof ObjectNode child)) {
                return;
            }
            parent = child;
        }
        if (parent.has(names[names.length - 1])) {
            parent.set(names[names.length - 1], TextNode.valueOf(MASK));
        }
    }
}
