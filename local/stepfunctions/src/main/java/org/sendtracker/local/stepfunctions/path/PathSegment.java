package org.sendtracker.local.stepfunctions.path;

import com.fasterxml.jackson.databind.JsonNode;

/** One step of a {@link JsonPath}: a field name or an array index. */
public sealed interface PathSegment {

    /** The child this segment names, or {@code null} when there is none. */
    JsonNode step(JsonNode node);

    /** {@code .name} or {@code ['name']}. */
    record Field(String name) implements PathSegment {
        @Override
        public JsonNode step(JsonNode node) {
            return node.isObject() ? node.get(name) : null;
        }
    }

    /** {@code [n]}. */
    record Index(int index) implements PathSegment {
        @Override
        public JsonNode step(JsonNode node) {
            return node.isArray() ? node.get(index) : null;
        }
    }
}
